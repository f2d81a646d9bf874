package careeratlas.admin;

import careeratlas.jobs.JobFormView;
import careeratlas.jobs.JobForm;
import careeratlas.jobs.JobAudit;
import careeratlas.jobs.Company;
import careeratlas.jobs.Job;
import careeratlas.catalog.Role;
import careeratlas.platform.ContentChanges;
import careeratlas.platform.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Every change an admin makes to jobs, each recorded in the audit trail in the same transaction. */
@ApplicationScoped
public class JobEditor {

    @Inject
    Event<ContentChanges.Changed> contentChanged;

    @Inject
    Clock clock;

    public Optional<Job> find(long id) {
        return Job.findWithCompany(id);
    }

    public List<String> companyNames() {
        return Company.<Company>list("order by name").stream().map(c -> c.name).toList();
    }

    public List<JobAudit> history(long jobId) {
        return JobAudit.forJob(jobId);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** What saving a form led to. */
    public sealed interface Outcome permits Saved, AlreadySaved, Conflict {
    }

    public record Saved(Job job) implements Outcome {
    }

    /** The form's one-time token was used before: the job it created. */
    public record AlreadySaved(long jobId) implements Outcome {
    }

    /** Someone else saved the job since this form was opened. */
    public record Conflict(Job current) implements Outcome {
    }

    @Transactional
    public Outcome create(JobForm form, String actor) {
        Optional<FormSubmission> earlier = FormSubmission.find(form.formToken);
        if (earlier.isPresent()) {
            return new AlreadySaved(earlier.get().jobId);
        }
        Job job = new Job();
        form.applyTo(job);
        job.postedAt = now();
        job.persist();
        if (form.formToken != null) {
            FormSubmission.record(form.formToken, job.id, now());
        }
        JobAudit.record(now(), job.id, job.title, actor, JobAudit.Action.CREATED, null);
        contentChanged.fire(new ContentChanges.Changed("job"));
        return new Saved(job);
    }

    @Transactional
    public Optional<Outcome> update(long id, JobForm form, String actor) {
        Optional<Job> found = Job.findWithCompany(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Job job = found.get();
        if (!Objects.equals(Integer.toString(job.version), form.version)) {
            return Optional.of(new Conflict(job));
        }
        JobForm before = JobForm.of(job);
        form.applyTo(job);
        List<String> changed = changedFields(before, form);
        if (!changed.isEmpty()) {
            job.updatedAt = now();
            JobAudit.record(now(), job.id, job.title, actor, JobAudit.Action.EDITED, String.join(", ", changed));
        }
        Job.getEntityManager().flush();
        contentChanged.fire(new ContentChanges.Changed("job"));
        return Optional.of(new Saved(job));
    }

    @Transactional
    public Optional<Job> feature(long id, LocalDate until, String actor) {
        return Job.<Job>findByIdOptional(id).map(job -> {
            job.featuredUntil = until;
            job.updatedAt = now();
            JobAudit.record(now(), id, job.title, actor, until == null ? JobAudit.Action.UNFEATURED : JobAudit.Action.FEATURED,
                    until == null ? null : "until " + until);
            contentChanged.fire(new ContentChanges.Changed("job"));
            return job;
        });
    }

    @Transactional
    public Optional<Job> expire(long id, String actor) {
        return Job.<Job>findByIdOptional(id).map(job -> {
            LocalDate yesterday = LocalDate.now(clock).minusDays(1);
            job.expiresOn = yesterday;
            job.featuredUntil = null;
            job.updatedAt = now();
            JobAudit.record(now(), id, job.title, actor, JobAudit.Action.EXPIRED, "closed on " + yesterday);
            contentChanged.fire(new ContentChanges.Changed("job"));
            return job;
        });
    }

    @Transactional
    public boolean delete(long id, String actor) {
        Optional<Job> job = Job.findByIdOptional(id);
        job.ifPresent(j -> {
            JobAudit.record(now(), id, j.title, actor, JobAudit.Action.DELETED, null);
            FormSubmission.delete("jobId", id);
            j.delete();
            contentChanged.fire(new ContentChanges.Changed("job"));
        });
        return job.isPresent();
    }

    static List<String> changedFields(JobForm before, JobForm after) {
        List<String> changed = new ArrayList<>();
        for (String field : JobForm.FIELDS) {
            if (!Objects.equals(value(before, field), value(after, field))) {
                changed.add(field);
            }
        }
        return changed;
    }

    static String value(JobForm f, String field) {
        return switch (field) {
            case "title" -> f.title;
            case "company" -> f.company;
            case "role" -> f.role;
            case "location" -> f.location;
            case "remote" -> Boolean.toString("true".equals(f.remote));
            case "employmentTypes" -> String.join(",", f.employmentTypes.stream().sorted().toList());
            case "level" -> f.level;
            case "salaryMin" -> f.salaryMin;
            case "salaryMax" -> f.salaryMax;
            case "currency" -> f.salaryMin == null && f.salaryMax == null ? null : f.currency;
            case "description" -> f.description;
            case "applyUrl" -> f.applyUrl;
            case "applyEmail" -> f.applyEmail;
            case "status" -> f.status;
            case "expiresOn" -> f.expiresOn;
            case "featuredUntil" -> f.featuredUntil;
            default -> throw new IllegalArgumentException(field);
        };
    }
}
