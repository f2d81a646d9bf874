package careeratlas.alerts;

import careeratlas.jobs.JobFilter;
import careeratlas.jobs.JobFilterParams;
import careeratlas.jobs.JobService;
import careeratlas.mail.Outbox;
import careeratlas.platform.Dates;
import careeratlas.platform.EmailAddresses;
import careeratlas.platform.Hashes;
import careeratlas.platform.Signatures;
import careeratlas.platform.Urls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail job alerts: saving the board's filters with an address (double opt-in), the signed links of the
 * confirmation, management and unsubscribe pages, forgetting an address, and the admin's figures. Every query and
 * transaction of the feature but the run ({@link AlertRun}) is here.
 *
 * <p>Links: the confirmation link is signed for 2 days. The management and unsubscribe links are signed for
 * {@code app.alerts.link-valid-for} and carry the address's random secret, stored with it: forgetting the address
 * deletes the secret, and every link ever sent stops working. No link carries the address itself.
 */
@ApplicationScoped
public class Alerts {

    static final String CONFIRM = "alert-confirm";
    static final String MANAGE = "alert-manage";
    static final String UNSUBSCRIBE = "alert-unsubscribe";
    /** The outbox topic of every alert e-mail, so that forgetting an address removes them. */
    public static final String TOPIC = "alerts";
    static final Duration CONFIRM_VALID_FOR = Duration.ofDays(2);
    /** Unconfirmed alerts, and addresses left without any alert, are deleted after this long. */
    static final Duration PENDING_KEPT = Duration.ofDays(7);
    private static final Pattern PAYLOAD = Pattern.compile("([0-9]{1,18}):([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    Signatures signatures;

    @Inject
    JobService jobs;

    @ConfigProperty(name = "app.alerts.max-per-address", defaultValue = "10")
    int maxPerAddress;

    @ConfigProperty(name = "app.alerts.max-per-email", defaultValue = "3")
    int maxPerEmail;

    @ConfigProperty(name = "app.alerts.rate-window", defaultValue = "PT1H")
    Duration rateWindow;

    @ConfigProperty(name = "app.alerts.max-alerts", defaultValue = "10")
    int maxAlerts;

    @ConfigProperty(name = "app.alerts.link-valid-for", defaultValue = "P365D")
    Duration linkValidFor;

    @ConfigProperty(name = "app.alerts.cron", defaultValue = "0 0 6 * * ?")
    String cron;

    /** Why a signed link was refused. */
    public enum Problem {
        /** Not a link we made for this purpose: cut short, altered, or made up. */
        DAMAGED,
        /** Ours, but too old. */
        EXPIRED,
        /** Ours and valid, but what it points to is gone (unsubscribed, forgotten, cleaned up). */
        UNKNOWN
    }

    /** What a signed link led to: a value, or the problem with the link. */
    public record Outcome<T>(T value, Problem problem) {

        static <T> Outcome<T> of(T value) {
            return new Outcome<>(value, null);
        }

        static <T> Outcome<T> failed(Problem problem) {
            return new Outcome<>(null, problem);
        }

        public boolean ok() {
            return problem == null;
        }
    }

    /** An alert the address just confirmed (or had confirmed before), with the address's management link. */
    public record Confirmed(AlertView alert, boolean before, String manageUrl) {
    }

    /** The alert that was switched off (null when it was off already), and the management link while one works. */
    public record Unsubscribed(String summary, String manageUrl) {
    }

    /** How many alerts of the address were deleted with it. */
    public record Forgotten(String email, int alerts) {
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    // --- the form ---

    /** The board's filters from the board's own query parameters (a value it cannot use is dropped, as there). */
    public JobFilter boardFilter(JobFilterParams params) {
        return jobs.filter(params);
    }

    /** A filter sent back by the form as the board's canonical query string; empty when it is not one. */
    public Optional<JobFilter> savedFilter(String query) {
        return jobs.savedFilter(query);
    }

    public String describe(JobFilter filter) {
        return jobs.describe(filter);
    }

    /** What became of a subscription: e-mail queued (whatever it says), or refused by the rate limits. */
    public enum Subscribed { QUEUED, TOO_MANY }

    /**
     * Saves an unconfirmed alert and queues the confirmation e-mail, within the rate limits per client address and
     * per e-mail address. The answer is the same whether the address is new, already has this alert (it is told so
     * by e-mail, with its management link) or has the most alerts we keep (told so too): the page never says what
     * an address has.
     */
    @Transactional
    public Subscribed subscribe(String address, Frequency frequency, JobFilter filter, String client) {
        String email = EmailAddresses.normal(address);
        String emailHash = Hashes.sha256Hex(email, 32);
        OffsetDateTime since = now().minus(rateWindow);
        long byClient = count("select count(*) from alert_attempt where client = :v and at > :since", client, since);
        long byEmail = count("select count(*) from alert_attempt where email_hash = :v and at > :since", emailHash, since);
        if (byClient >= maxPerAddress || byEmail >= maxPerEmail) {
            return Subscribed.TOO_MANY;
        }
        em.createNativeQuery("insert into alert_attempt (client, email_hash, at) values (:c, :e, :at)")
                .setParameter("c", client).setParameter("e", emailHash).setParameter("at", now()).executeUpdate();

        // One statement creates the address's row or locks the existing one until commit, so two submissions for
        // one address never pass the cap together.
        Object[] subscriber = (Object[]) em.createNativeQuery("""
                        insert into alert_subscriber (email, secret, created_at) values (:email, :secret, :now)
                        on conflict (email) do update set email = excluded.email
                        returning id, secret""")
                .setParameter("email", email).setParameter("secret", newSecret()).setParameter("now", now())
                .getSingleResult();
        long subscriberId = ((Number) subscriber[0]).longValue();
        String secret = (String) subscriber[1];
        String filters = filter.query(1);
        String summary = jobs.describe(filter);

        @SuppressWarnings("unchecked")
        List<Object[]> existing = em.createNativeQuery(
                        "select id, confirmed_at from job_alert where subscriber_id = :s and filters = :f")
                .setParameter("s", subscriberId).setParameter("f", filters).getResultList();
        if (!existing.isEmpty() && existing.get(0)[1] != null) {
            AlertLetters.queue(outbox, email, AlertLetters.alreadySubscribed(summary,
                    Urls.absolute(Urls.alertManage(manageToken(subscriberId, secret)))));
            return Subscribed.QUEUED;
        }
        long alertId;
        if (!existing.isEmpty()) {
            alertId = ((Number) existing.get(0)[0]).longValue();
            em.createNativeQuery("update job_alert set frequency = :f, created_at = :now where id = :id")
                    .setParameter("f", frequency.name()).setParameter("now", now()).setParameter("id", alertId)
                    .executeUpdate();
        } else {
            long alerts = ((Number) em.createNativeQuery("select count(*) from job_alert where subscriber_id = :s")
                    .setParameter("s", subscriberId).getSingleResult()).longValue();
            if (alerts >= maxAlerts) {
                AlertLetters.queue(outbox, email, AlertLetters.tooManyAlerts(maxAlerts, summary,
                        Urls.absolute(Urls.alertManage(manageToken(subscriberId, secret)))));
                return Subscribed.QUEUED;
            }
            alertId = ((Number) em.createNativeQuery("""
                            insert into job_alert (subscriber_id, filters, frequency, created_at)
                            values (:s, :f, :freq, :now) returning id""")
                    .setParameter("s", subscriberId).setParameter("f", filters).setParameter("freq", frequency.name())
                    .setParameter("now", now()).getSingleResult()).longValue();
        }
        String token = signatures.sign(CONFIRM, alertId + ":" + secret, Instant.now(clock).plus(CONFIRM_VALID_FOR));
        AlertLetters.queue(outbox, email, AlertLetters.confirmation(summary, frequency,
                Urls.absolute(Urls.alertConfirm(token)), CONFIRM_VALID_FOR.toDays()));
        return Subscribed.QUEUED;
    }

    private long count(String sql, String value, OffsetDateTime since) {
        return ((Number) em.createNativeQuery(sql).setParameter("v", value).setParameter("since", since)
                .getSingleResult()).longValue();
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    // --- the signed links ---

    String manageToken(long subscriberId, String secret) {
        return signatures.sign(MANAGE, subscriberId + ":" + secret, Instant.now(clock).plus(linkValidFor));
    }

    String unsubscribeToken(long alertId, String secret) {
        return signatures.sign(UNSUBSCRIBE, alertId + ":" + secret, Instant.now(clock).plus(linkValidFor));
    }

    /** The id and secret a token of this purpose carries, or why it cannot be used. */
    private Outcome<Matcher> read(String purpose, String token) {
        Signatures.Checked checked = signatures.check(purpose, token, Instant.now(clock));
        if (checked.status() == Signatures.Status.EXPIRED) {
            return Outcome.failed(Problem.EXPIRED);
        }
        if (checked.status() != Signatures.Status.VALID) {
            return Outcome.failed(Problem.DAMAGED);
        }
        Matcher m = PAYLOAD.matcher(checked.payload());
        return m.matches() ? Outcome.of(m) : Outcome.failed(Problem.DAMAGED);
    }

    private static boolean sameSecret(String stored, String given) {
        return MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    /** An alert with its address's id and secret, as the links need it. */
    private record Row(long id, String filters, Frequency frequency, boolean confirmed, OffsetDateTime lastSent,
                       long subscriberId, String email, String secret) {
    }

    /** The alert a confirmation or unsubscribe token names, when its address's secret matches. */
    private Outcome<Row> alertOf(String purpose, String token, boolean lock) {
        Outcome<Matcher> read = read(purpose, token);
        if (!read.ok()) {
            return Outcome.failed(read.problem());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select a.id, a.filters, a.frequency, a.confirmed_at, a.last_sent_at, s.id, s.email, s.secret
                        from job_alert a join alert_subscriber s on s.id = a.subscriber_id
                        where a.id = :id""" + (lock ? " for update of a" : ""))
                .setParameter("id", Long.parseLong(read.value().group(1))).getResultList();
        if (rows.isEmpty() || !sameSecret((String) rows.get(0)[7], read.value().group(2))) {
            return Outcome.failed(Problem.UNKNOWN);
        }
        Object[] r = rows.get(0);
        return Outcome.of(new Row(((Number) r[0]).longValue(), (String) r[1], Frequency.valueOf((String) r[2]),
                r[3] != null, time(r[4]), ((Number) r[5]).longValue(), (String) r[6], (String) r[7]));
    }

    private AlertView view(Row r) {
        Optional<JobFilter> filter = jobs.savedFilter(r.filters());
        String summary = filter.map(jobs::describe)
                .orElse("Filters the job board no longer knows (a role, skill or tool was removed): nothing is sent");
        return new AlertView(r.id(), summary, r.frequency(), r.confirmed(), Urls.jobs(r.filters()),
                Urls.alertUnsubscribe(unsubscribeToken(r.id(), r.secret())),
                r.lastSent() == null ? null : Dates.display(r.lastSent()));
    }

    /** The alert a confirmation link is for (GET shows it with a button: mail scanners follow links). */
    @Transactional
    public Outcome<AlertView> toConfirm(String token) {
        Outcome<Row> row = alertOf(CONFIRM, token, false);
        return row.ok() ? Outcome.of(view(row.value())) : Outcome.failed(row.problem());
    }

    /**
     * Confirms the alert: from now on, jobs published after this moment are sent. Confirming twice changes nothing.
     */
    @Transactional
    public Outcome<Confirmed> confirm(String token) {
        Outcome<Row> row = alertOf(CONFIRM, token, true);
        if (!row.ok()) {
            return Outcome.failed(row.problem());
        }
        Row r = row.value();
        if (!r.confirmed()) {
            em.createNativeQuery("update job_alert set confirmed_at = :now, checked_until = :now where id = :id")
                    .setParameter("now", now()).setParameter("id", r.id()).executeUpdate();
        }
        Row confirmed = new Row(r.id(), r.filters(), r.frequency(), true, r.lastSent(), r.subscriberId(), r.email(), r.secret());
        return Outcome.of(new Confirmed(view(confirmed), r.confirmed(),
                Urls.alertManage(manageToken(r.subscriberId(), r.secret()))));
    }

    /** The address's alerts behind a management link. */
    @Transactional
    public Outcome<ManagePage> manage(String token) {
        Outcome<Matcher> read = read(MANAGE, token);
        if (!read.ok()) {
            return Outcome.failed(read.problem());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select a.id, a.filters, a.frequency, a.confirmed_at, a.last_sent_at, s.id, s.email, s.secret
                        from alert_subscriber s left join job_alert a on a.subscriber_id = s.id
                        where s.id = :id order by a.created_at, a.id""")
                .setParameter("id", Long.parseLong(read.value().group(1))).getResultList();
        if (rows.isEmpty() || !sameSecret((String) rows.get(0)[7], read.value().group(2))) {
            return Outcome.failed(Problem.UNKNOWN);
        }
        List<AlertView> alerts = rows.stream().filter(r -> r[0] != null)
                .map(r -> view(new Row(((Number) r[0]).longValue(), (String) r[1], Frequency.valueOf((String) r[2]),
                        r[3] != null, time(r[4]), ((Number) r[5]).longValue(), (String) r[6], (String) r[7])))
                .toList();
        return Outcome.of(new ManagePage((String) rows.get(0)[6], token, alerts));
    }

    /**
     * Sets how often one of the address's alerts is sent. An alert id that is not among this address's alerts
     * (stopped meanwhile, or another address's) is {@link Problem#UNKNOWN}.
     */
    @Transactional
    public Outcome<Frequency> changeFrequency(String manageToken, long alertId, Frequency frequency) {
        Outcome<Matcher> read = read(MANAGE, manageToken);
        if (!read.ok()) {
            return Outcome.failed(read.problem());
        }
        // One statement: the alert must belong to the address the link names, and the link's secret must match.
        int changed = em.createNativeQuery("""
                        update job_alert a set frequency = :f from alert_subscriber s
                        where a.id = :id and s.id = a.subscriber_id and s.id = :subscriber and s.secret = :secret""")
                .setParameter("f", frequency.name()).setParameter("id", alertId)
                .setParameter("subscriber", Long.parseLong(read.value().group(1)))
                .setParameter("secret", read.value().group(2)).executeUpdate();
        return changed == 1 ? Outcome.of(frequency) : Outcome.failed(Problem.UNKNOWN);
    }

    /** The alert an unsubscribe link is for; a null value when it is off already (a second click is no error). */
    @Transactional
    public Outcome<AlertView> toUnsubscribe(String token) {
        Outcome<Row> row = alertOf(UNSUBSCRIBE, token, false);
        if (row.problem() == Problem.UNKNOWN) {
            return Outcome.of(null);
        }
        return row.ok() ? Outcome.of(view(row.value())) : Outcome.failed(row.problem());
    }

    /**
     * Switches the alert off for good (the row is deleted). Clicking again, or after the address was forgotten,
     * answers as if it had just been done: a one-click unsubscribe must always succeed.
     */
    @Transactional
    public Outcome<Unsubscribed> unsubscribe(String token) {
        Outcome<Row> row = alertOf(UNSUBSCRIBE, token, true);
        if (row.problem() == Problem.UNKNOWN) {
            return Outcome.of(new Unsubscribed(null, null));
        }
        if (!row.ok()) {
            return Outcome.failed(row.problem());
        }
        Row r = row.value();
        String summary = view(r).summary();
        em.createNativeQuery("delete from job_alert where id = :id").setParameter("id", r.id()).executeUpdate();
        return Outcome.of(new Unsubscribed(summary, Urls.alertManage(manageToken(r.subscriberId(), r.secret()))));
    }

    /**
     * Forgets the address: its alerts, its secret (every link sent to it stops working), its rate-limit records and
     * every alert e-mail kept for it, sent or still queued.
     */
    @Transactional
    public Outcome<Forgotten> forget(String manageToken) {
        Outcome<ManagePage> page = manage(manageToken);
        if (!page.ok()) {
            return Outcome.failed(page.problem());
        }
        String email = page.value().email();
        em.createNativeQuery("delete from alert_subscriber where email = :email").setParameter("email", email)
                .executeUpdate();
        em.createNativeQuery("delete from alert_attempt where email_hash = :hash")
                .setParameter("hash", Hashes.sha256Hex(email, 32)).executeUpdate();
        outbox.forget(email, TOPIC);
        return Outcome.of(new Forgotten(email, page.value().alerts().size()));
    }

    // --- the admin page ---

    @Transactional
    public AlertStats stats() {
        Object[] counts = (Object[]) em.createNativeQuery("""
                        select count(*) filter (where confirmed_at is not null), count(*) filter (where confirmed_at is null),
                               count(distinct subscriber_id)
                        from job_alert""").getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> runs = em.createNativeQuery("""
                        select started_at, started_by, alerts_checked, emails_queued from job_alert_run
                        order by id desc limit 1""").getResultList();
        Object[] run = runs.isEmpty() ? null : runs.get(0);
        return new AlertStats(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(),
                ((Number) counts[2]).longValue(),
                run == null ? null : Dates.display(time(run[0])) + ", " + time(run[0]).toLocalTime().withNano(0) + " UTC",
                run == null ? null : (String) run[1], run == null ? 0 : ((Number) run[2]).intValue(),
                run == null ? 0 : ((Number) run[3]).intValue(), cron);
    }

    static OffsetDateTime time(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof OffsetDateTime o) {
            return o.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (v instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) v).toInstant().atOffset(ZoneOffset.UTC);
    }

    /** Headers of an alert e-mail: the one-click unsubscribe of RFC 8058 (and RFC 2369's List-Unsubscribe). */
    static Map<String, String> unsubscribeHeaders(String absoluteUnsubscribeUrl) {
        return Map.of("List-Unsubscribe", "<" + absoluteUnsubscribeUrl + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
}
