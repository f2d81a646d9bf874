package careeratlas.jobs;

import careeratlas.platform.Dates;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** One change to a job: who, when, what. Kept after the job is deleted. */
@Entity
@Table(name = "job_audit")
public class JobAudit extends PanacheEntityBase {

    public enum Action {
        CREATED, EDITED, FEATURED, UNFEATURED, EXPIRED, DELETED,
        /** Employer postings: sent, address confirmed, moderated, and the employer's own changes. */
        SUBMITTED, CONFIRMED, APPROVED, REJECTED, CLOSED, RENEWED, FEATURE_REQUESTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "job_id")
    public long jobId;
    @Column(name = "job_title")
    public String jobTitle;
    public String actor;
    @Enumerated(EnumType.STRING)
    public Action action;
    public String details;
    public OffsetDateTime at;

    public static void record(OffsetDateTime at, long jobId, String title, String actor, Action action, String details) {
        JobAudit a = new JobAudit();
        a.jobId = jobId;
        a.jobTitle = title.length() > 200 ? title.substring(0, 200) : title;
        a.actor = actor;
        a.action = action;
        a.details = details;
        a.at = at;
        a.persist();
    }

    public static List<JobAudit> forJob(long jobId) {
        return list("jobId = ?1 order by at desc, id desc", jobId);
    }

    public String when() {
        return Dates.display(at) + " " + at.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    public String label() {
        String name = action.name().replace('_', ' ');
        return name.charAt(0) + name.substring(1).toLowerCase();
    }
}
