package careeratlas.employers;

import careeratlas.jobs.Job;
import careeratlas.jobs.JobAudit;
import careeratlas.jobs.JobForm;
import careeratlas.mail.Letter;
import careeratlas.mail.Outbox;
import careeratlas.platform.ContentChanges;
import careeratlas.platform.Signatures;
import careeratlas.platform.Urls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Jobs posted by employers: submission (a DRAFT job plus its employer row), e-mail confirmation, moderation,
 * and the employer's own changes through the signed management link. Every step is in the job's audit history
 * and every e-mail goes through the outbox in the same transaction.
 */
@ApplicationScoped
public class EmployerPostings {

    static final String CONFIRM = "employer-confirm";
    static final String MANAGE = "employer-manage";
    static final String ACTOR = "employer";
    public static final int RENEW_DAYS = 30;
    public static final int REMINDER_DAYS = 5;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    Signatures signatures;

    @Inject
    Event<ContentChanges.Changed> contentChanged;

    @ConfigProperty(name = "app.employers.max-per-address", defaultValue = "5")
    int maxPerAddress;

    @ConfigProperty(name = "app.employers.max-per-email", defaultValue = "3")
    int maxPerEmail;

    @ConfigProperty(name = "app.employers.rate-window", defaultValue = "PT1H")
    Duration rateWindow;

    @ConfigProperty(name = "app.employers.link-valid-for", defaultValue = "P14D")
    Duration linkValidFor;

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public static String normalEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Submission outcome. */
    public sealed interface Submitted permits Accepted, TooMany {
    }

    public record Accepted(long jobId) implements Submitted {
    }

    public record TooMany() implements Submitted {
    }

    /** Records the attempt, refuses it over the rate limits, else saves a draft job and e-mails the confirmation link. */
    @Transactional
    public Submitted submit(JobForm form, String employerName, String employerEmail, String client) {
        String email = normalEmail(employerEmail);
        OffsetDateTime since = now().minus(rateWindow);
        long byClient = count("select count(*) from posting_attempt where client = :v and at > :since", client, since);
        long byEmail = count("select count(*) from posting_attempt where lower(email) = :v and at > :since", email, since);
        if (byClient >= maxPerAddress || byEmail >= maxPerEmail) {
            return new TooMany();
        }
        em.createNativeQuery("insert into posting_attempt (client, email, at) values (:c, :e, :at)")
                .setParameter("c", client).setParameter("e", email).setParameter("at", now()).executeUpdate();
        form.status = "draft";
        form.featuredUntil = null;
        Job job = new Job();
        form.applyTo(job);
        job.postedAt = now();
        job.persist();
        em.flush();
        em.createNativeQuery("""
                        insert into employer_job (job_id, employer_name, employer_email, state, submitted_at, updated_at)
                        values (:id, :name, :email, 'UNCONFIRMED', :now, :now)""")
                .setParameter("id", job.id).setParameter("name", employerName.strip()).setParameter("email", email)
                .setParameter("now", now()).executeUpdate();
        JobAudit.record(now(), job.id, job.title, ACTOR, JobAudit.Action.SUBMITTED, "by " + employerName.strip() + " <" + email + ">");
        String token = signatures.sign(CONFIRM, Long.toString(job.id), Instant.now(clock).plus(Duration.ofDays(2)));
        outbox.enqueue(email, Letter.of("Confirm your job posting: " + job.title, List.of(
                "Hello " + employerName.strip() + ",",
                "Thank you for posting \"" + job.title + "\" on Career Atlas. Confirm your e-mail address with the link below"
                        + " (valid for 2 days); then we review the job and publish it.",
                "If you did not post this job, ignore this message: nothing is published without the confirmation."),
                List.of(Letter.Link.of("Confirm and send the job for review", Urls.absolute(Urls.employerConfirm(token))))),
                Map.of());
        return new Accepted(job.id);
    }

    private long count(String sql, String value, OffsetDateTime since) {
        return ((Number) em.createNativeQuery(sql).setParameter("v", value).setParameter("since", since)
                .getSingleResult()).longValue();
    }

    /** The confirmation link: the job goes to review. Empty when the link is invalid, expired or unknown. */
    @Transactional
    public Optional<EmployerJob> confirm(String token) {
        Optional<Long> id = signatures.verify(CONFIRM, token, Instant.now(clock)).flatMap(EmployerPostings::number);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        int changed = em.createNativeQuery("update employer_job set state = 'PENDING', updated_at = :now where job_id = :id and state = 'UNCONFIRMED'")
                .setParameter("now", now()).setParameter("id", id.get()).executeUpdate();
        Optional<EmployerJob> job = find(id.get());
        if (changed == 1 && job.isPresent()) {
            JobAudit.record(now(), id.get(), job.get().title(), ACTOR, JobAudit.Action.CONFIRMED, "e-mail address confirmed");
            sendManageLink(job.get().employerEmail(), "Your job \"" + job.get().title() + "\" is in review. We e-mail you when it is published.");
        }
        return job;
    }

    /** A management link for the address, valid for the configured time. */
    public String manageToken(String email) {
        return signatures.sign(MANAGE, normalEmail(email), Instant.now(clock).plus(linkValidFor));
    }

    /** The address a management token was signed for, while it is valid. */
    public Optional<String> manageEmail(String token) {
        return signatures.verify(MANAGE, token, Instant.now(clock));
    }

    /** Re-sends the management link when the address posted jobs (always silent otherwise). */
    @Transactional
    public void resendLink(String email) {
        String address = normalEmail(email);
        if (!jobsOf(address).isEmpty()) {
            sendManageLink(address, "Here is the link to manage your jobs on Career Atlas, as you asked.");
        }
    }

    private void sendManageLink(String email, String intro) {
        outbox.enqueue(email, Letter.of("Manage your jobs on Career Atlas", List.of(intro,
                        "Use this private link to see your jobs, edit, renew or close them. It is valid for "
                                + linkValidFor.toDays() + " days; you can ask for a new one on the site. Do not share it."),
                List.of(Letter.Link.of("Manage your jobs", Urls.absolute(Urls.employerManage(manageToken(email)))))),
                Map.of());
    }

    private static final String SELECT = """
            select e.job_id, j.title, c.name, e.employer_name, e.employer_email, e.state, j.status, j.expires_on,
                   e.feature_requested, e.reason, e.submitted_at
            from employer_job e join job j on j.id = e.job_id join company c on c.id = j.company_id
            """;

    public Optional<EmployerJob> find(long jobId) {
        return rows(em.createNativeQuery(SELECT + " where e.job_id = :id").setParameter("id", jobId).getResultList())
                .stream().findFirst();
    }

    @Transactional
    public List<EmployerJob> jobsOf(String email) {
        return rows(em.createNativeQuery(SELECT + " where lower(e.employer_email) = :email order by e.submitted_at desc, e.job_id desc")
                .setParameter("email", normalEmail(email)).getResultList());
    }

    /** The moderation queue: jobs waiting for review, and published jobs whose employer asked for featuring. */
    @Transactional
    public List<EmployerJob> queue() {
        return rows(em.createNativeQuery(SELECT + " where e.state = 'PENDING' or (e.state = 'APPROVED' and e.feature_requested)"
                + " order by e.submitted_at, e.job_id").getResultList());
    }

    @SuppressWarnings("unchecked")
    private static List<EmployerJob> rows(List<?> result) {
        return ((List<Object[]>) result).stream().map(r -> new EmployerJob(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], date(r[7]), (Boolean) r[8],
                (String) r[9], time(r[10]))).toList();
    }

    /** Publishes a pending job and tells the employer. */
    @Transactional
    public boolean approve(long jobId, String actor) {
        Optional<EmployerJob> found = find(jobId).filter(EmployerJob::isPending);
        if (found.isEmpty()) {
            return false;
        }
        Job job = Job.findWithCompany(jobId).orElseThrow();
        job.status = Job.Status.PUBLISHED;
        job.postedAt = now();
        if (!job.expiresOn.isAfter(today())) {
            job.expiresOn = today().plusDays(RENEW_DAYS);
        }
        setState(jobId, "APPROVED", null);
        JobAudit.record(now(), jobId, job.title, actor, JobAudit.Action.APPROVED, null);
        contentChanged.fire(new ContentChanges.Changed("job"));
        EmployerJob e = found.get();
        outbox.enqueue(e.employerEmail(), Letter.of("Your job is published: " + job.title, List.of(
                        "Hello " + e.employerName() + ",",
                        "\"" + job.title + "\" is now on Career Atlas, open until " + job.expiresOn + "."),
                List.of(Letter.Link.of(job.title, Urls.absolute(Urls.job(jobId, job.title, job.company.name))),
                        Letter.Link.of("Manage your jobs", Urls.absolute(Urls.employerManage(manageToken(e.employerEmail())))))),
                Map.of());
        return true;
    }

    /** Rejects a pending job with a reason the employer receives. */
    @Transactional
    public boolean reject(long jobId, String reason, String actor) {
        Optional<EmployerJob> found = find(jobId).filter(EmployerJob::isPending);
        if (found.isEmpty()) {
            return false;
        }
        EmployerJob e = found.get();
        setState(jobId, "REJECTED", reason);
        JobAudit.record(now(), jobId, e.title(), actor, JobAudit.Action.REJECTED, reason);
        outbox.enqueue(e.employerEmail(), Letter.of("Your job was not accepted: " + e.title(), List.of(
                        "Hello " + e.employerName() + ",",
                        "We reviewed \"" + e.title() + "\" and did not publish it, for this reason:", reason,
                        "You can edit the job and send it for review again from your management page."),
                List.of(Letter.Link.of("Manage your jobs", Urls.absolute(Urls.employerManage(manageToken(e.employerEmail())))))),
                Map.of());
        return true;
    }

    /** The admin featured the job (or said no): the request leaves the queue. */
    @Transactional
    public void featureRequestHandled(long jobId) {
        em.createNativeQuery("update employer_job set feature_requested = false, updated_at = :now where job_id = :id")
                .setParameter("now", now()).setParameter("id", jobId).executeUpdate();
    }

    /** The job of this address, when it posted it. */
    public Optional<EmployerJob> owned(String email, long jobId) {
        return find(jobId).filter(j -> j.employerEmail().equalsIgnoreCase(email));
    }

    /** The employer's edit: saved as a draft and back to review. */
    @Transactional
    public boolean edit(String email, long jobId, JobForm form) {
        Optional<EmployerJob> e = owned(email, jobId).filter(j -> !"UNCONFIRMED".equals(j.state()));
        if (e.isEmpty()) {
            return false;
        }
        Job job = Job.findWithCompany(jobId).orElseThrow();
        form.status = "draft";
        form.featuredUntil = job.featuredUntil == null ? null : job.featuredUntil.toString();
        form.applyTo(job);
        job.updatedAt = now();
        setState(jobId, "PENDING", null);
        JobAudit.record(now(), jobId, job.title, ACTOR, JobAudit.Action.EDITED, "by the employer; back to review");
        contentChanged.fire(new ContentChanges.Changed("job"));
        return true;
    }

    @Transactional
    public boolean close(String email, long jobId) {
        Optional<EmployerJob> e = owned(email, jobId).filter(j -> !"CLOSED".equals(j.state()));
        if (e.isEmpty()) {
            return false;
        }
        Job job = Job.findWithCompany(jobId).orElseThrow();
        LocalDate yesterday = today().minusDays(1);
        if (job.expiresOn.isAfter(yesterday)) {
            job.expiresOn = yesterday;
        }
        job.featuredUntil = null;
        job.updatedAt = now();
        setState(jobId, "CLOSED", null);
        JobAudit.record(now(), jobId, job.title, ACTOR, JobAudit.Action.CLOSED, "closed by the employer");
        contentChanged.fire(new ContentChanges.Changed("job"));
        return true;
    }

    /** Another 30 days from today or from the closing date, whichever is later; published jobs only. */
    @Transactional
    public Optional<LocalDate> renew(String email, long jobId) {
        Optional<EmployerJob> e = owned(email, jobId).filter(EmployerJob::isOpen);
        if (e.isEmpty()) {
            return Optional.empty();
        }
        Job job = Job.findWithCompany(jobId).orElseThrow();
        LocalDate from = job.expiresOn.isBefore(today()) ? today() : job.expiresOn;
        job.expiresOn = from.plusDays(RENEW_DAYS);
        job.updatedAt = now();
        JobAudit.record(now(), jobId, job.title, ACTOR, JobAudit.Action.RENEWED, "until " + job.expiresOn);
        contentChanged.fire(new ContentChanges.Changed("job"));
        return Optional.of(job.expiresOn);
    }

    @Transactional
    public boolean requestFeature(String email, long jobId) {
        Optional<EmployerJob> e = owned(email, jobId).filter(EmployerJob::isOpen);
        if (e.isEmpty()) {
            return false;
        }
        em.createNativeQuery("update employer_job set feature_requested = true, updated_at = :now where job_id = :id")
                .setParameter("now", now()).setParameter("id", jobId).executeUpdate();
        JobAudit.record(now(), jobId, e.get().title(), ACTOR, JobAudit.Action.FEATURE_REQUESTED, null);
        return true;
    }

    /**
     * E-mails each employer whose published job closes in {@link #REMINDER_DAYS} days, once per job and closing
     * date: the row is claimed with UPDATE ... RETURNING, so two replicas never both send it.
     */
    @Transactional
    public int sendExpiryReminders() {
        LocalDate day = today().plusDays(REMINDER_DAYS);
        @SuppressWarnings("unchecked")
        List<Object[]> claimed = em.createNativeQuery("""
                        update employer_job e set reminded_for = j.expires_on
                        from job j where j.id = e.job_id and e.state = 'APPROVED' and j.status = 'PUBLISHED'
                          and j.expires_on <= :day and j.expires_on >= :today
                          and (e.reminded_for is null or e.reminded_for <> j.expires_on)
                        returning e.job_id, e.employer_email, e.employer_name, j.title, j.expires_on""")
                .setParameter("day", day).setParameter("today", today()).getResultList();
        for (Object[] r : claimed) {
            String email = (String) r[1];
            outbox.enqueue(email, Letter.of("Your job closes on " + date(r[4]) + ": " + r[3], List.of(
                            "Hello " + r[2] + ",",
                            "\"" + r[3] + "\" closes on " + date(r[4]) + ". Renew it for another " + RENEW_DAYS
                                    + " days from your management page if the position is still open."),
                    List.of(Letter.Link.of("Renew or close the job", Urls.absolute(Urls.employerManage(manageToken(email)))))),
                    Map.of());
        }
        return claimed.size();
    }

    private void setState(long jobId, String state, String reason) {
        em.createNativeQuery("update employer_job set state = :s, reason = :r, updated_at = :now where job_id = :id")
                .setParameter("s", state).setParameter("r", reason).setParameter("now", now())
                .setParameter("id", jobId).executeUpdate();
    }

    static Optional<Long> number(String s) {
        return s.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(s)) : Optional.empty();
    }

    private static LocalDate date(Object v) {
        return v instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) v;
    }

    private static OffsetDateTime time(Object v) {
        if (v instanceof OffsetDateTime o) {
            return o;
        }
        if (v instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) v).toInstant().atOffset(ZoneOffset.UTC);
    }
}
