package careeratlas.jobs;

import careeratlas.roles.Role;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

/** A job posted by a company. Published, unexpired jobs are public; featured ones also show in the sidebar. */
@Entity
@Table(name = "job")
public class Job extends PanacheEntityBase {

    public enum Status { PUBLISHED, DRAFT }

    /** How many featured jobs the sidebar shows. */
    public static final int SIDEBAR_SIZE = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String title;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    public Company company;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "role_id")
    public Role role;
    public String location;
    public boolean remote;
    /** {@link EmploymentType} names, stored as a PostgreSQL array. */
    @Column(name = "employment_types")
    public String[] employmentTypes;
    @Enumerated(EnumType.STRING)
    @Column(name = "experience_level")
    public ExperienceLevel experienceLevel;
    @Column(name = "salary_min")
    public Integer salaryMin;
    @Column(name = "salary_max")
    public Integer salaryMax;
    @Column(length = 3)
    public String currency;
    public String description;
    @Column(name = "apply_url")
    public String applyUrl;
    @Column(name = "apply_email")
    public String applyEmail;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "posted_at")
    public OffsetDateTime postedAt;
    @Column(name = "expires_on")
    public LocalDate expiresOn;
    @Column(name = "featured_until")
    public LocalDate featuredUntil;
    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
    @UpdateTimestamp
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public int version;

    public List<EmploymentType> types() {
        return Arrays.stream(employmentTypes).map(EmploymentType::valueOf).toList();
    }

    public boolean isExpired(LocalDate today) {
        return expiresOn.isBefore(today);
    }

    /**
     * The sidebar: up to five published, unexpired jobs that are still featured, leaving out {@code exceptJobId};
     * jobs for the given roles come first, then the most recently posted.
     */
    public static List<Job> featured(Collection<Long> roleIds, long exceptJobId) {
        List<Long> roles = roleIds.isEmpty() ? List.of(-1L) : List.copyOf(roleIds);
        return find("""
                select j from Job j join fetch j.company
                where j.status = ?1 and j.expiresOn >= current_date and j.featuredUntil >= current_date and j.id <> ?3
                order by case when j.role.id in ?2 then 0 else 1 end, j.postedAt desc, j.id desc
                """, Status.PUBLISHED, roles, exceptJobId).page(0, SIDEBAR_SIZE).list();
    }

    /** Other open jobs for the same role, newest first. */
    public static List<Job> similar(Job job, int limit) {
        if (job.role == null) {
            return List.of();
        }
        return find("""
                select j from Job j join fetch j.company
                where j.role = ?1 and j.id <> ?2 and j.status = ?3 and j.expiresOn >= current_date
                order by j.postedAt desc, j.id desc
                """, job.role, job.id, Status.PUBLISHED).page(0, limit).list();
    }

    /** How many open jobs each of the given roles has (roles without any are left out). */
    public static Map<Long, Long> openCountsByRole(Collection<Long> roleIds) {
        return getEntityManager().createQuery("""
                select j.role.id, count(j) from Job j
                where j.role.id in ?1 and j.status = ?2 and j.expiresOn >= current_date
                group by j.role.id
                """, Object[].class).setParameter(1, roleIds).setParameter(2, Status.PUBLISHED).getResultList()
                .stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** Published, unexpired jobs with their company, for the sitemap. */
    public static List<Job> listOpen() {
        return find("from Job j join fetch j.company where j.status = ?1 and j.expiresOn >= current_date order by j.id",
                Status.PUBLISHED).list();
    }

    /** A job with its company and role, whatever its status. */
    public static Optional<Job> findWithCompany(long id) {
        return find("from Job j join fetch j.company left join fetch j.role where j.id = ?1", id).firstResultOptional();
    }
}
