package careeratlas.jobs;

import careeratlas.catalog.EmploymentType;
import careeratlas.catalog.ExperienceLevel;
import careeratlas.catalog.Role;
import careeratlas.platform.PayPeriod;
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
import java.util.List;
import java.util.Optional;

/** A job posted by a company. Published, unexpired jobs are public; featured ones also show in the sidebar. */
@Entity
@Table(name = "job")
public class Job extends PanacheEntityBase {

    public enum Status { PUBLISHED, DRAFT }

    /** Where the work happens. */
    public enum RemotePolicy {
        ONSITE("on-site", "On site"), HYBRID("hybrid", "Hybrid"), REMOTE("remote", "Remote");

        public final String slug;
        public final String label;

        RemotePolicy(String slug, String label) {
            this.slug = slug;
            this.label = label;
        }
    }

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
    /** The display line ("Berlin, Germany", "Remote (EU time zones)"); the fields below are the same as data. */
    public String location;
    /** True when {@link #remotePolicy} is REMOTE (the database keeps the two in step). */
    public boolean remote;
    /** ISO 3166-1 alpha-2 code of the country the job is in, or null (a remote job open to several). */
    @Column(length = 2)
    public String country;
    public String region;
    public String city;
    @Enumerated(EnumType.STRING)
    @Column(name = "remote_policy")
    public RemotePolicy remotePolicy = RemotePolicy.ONSITE;
    /** Country groups (EU, EEA, AMERICAS, NORTHAMERICA) a remote job is open to, as chosen. */
    @Column(name = "remote_groups")
    public String[] remoteGroups = new String[0];
    /** Every country whose residents may apply to a remote job: the chosen ones and the groups' members. */
    @Column(name = "remote_countries")
    public String[] remoteCountries = new String[0];
    @Column(name = "utc_offset_min")
    public Short utcOffsetMin;
    @Column(name = "utc_offset_max")
    public Short utcOffsetMax;
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
    /** What the salary figures are per: an hour, a month or a year. */
    @Enumerated(EnumType.STRING)
    @Column(name = "salary_period")
    public PayPeriod salaryPeriod = PayPeriod.YEAR;
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

    /** A job with its company and role, whatever its status. */
    public static Optional<Job> findWithCompany(long id) {
        return find("from Job j join fetch j.company left join fetch j.role where j.id = ?1", id).firstResultOptional();
    }
}
