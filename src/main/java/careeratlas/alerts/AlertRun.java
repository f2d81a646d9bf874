package careeratlas.alerts;

import careeratlas.jobs.JobFilter;
import careeratlas.jobs.JobQueries;
import careeratlas.jobs.JobService;
import careeratlas.mail.Outbox;
import careeratlas.platform.Dates;
import careeratlas.platform.Urls;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Sends the alerts that are due (APP_ALERTS_CRON, or an admin's "run now"). Each alert is handled in a transaction
 * of its own that:
 * <ol>
 *   <li>takes a PostgreSQL transaction-scoped advisory lock, so replicas running at the same moment take turns (a
 *       run that finds the lock taken stops: the other replica is sending);</li>
 *   <li>claims one due alert with {@code FOR UPDATE SKIP LOCKED}, re-checking that it is still due;</li>
 *   <li>reads the jobs published since the alert's mark with the board's own query, queues the e-mail in the outbox
 *       (none when there is no new job), and moves the alert's mark to the run's start.</li>
 * </ol>
 * The outbox row and the mark commit together, so an alert is sent once per period whatever runs at the same time,
 * and a crash in between sends nothing twice and loses nothing.
 */
@ApplicationScoped
public class AlertRun {

    private static final Logger LOG = Logger.getLogger(AlertRun.class);
    /** The advisory lock key of the alert run ("alrt" as an int). */
    static final long LOCK_KEY = 0x616c7274L;
    /** The most jobs one alert e-mail lists; the others are a link to the board. */
    public static final int JOBS_PER_MAIL = 20;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    JobService jobs;

    @Inject
    Outbox outbox;

    @Inject
    Alerts alerts;

    /** What a run did: whether it ran at all (another replica may hold the lock), alerts checked, e-mails queued. */
    public record Result(boolean ran, int checked, int queued) {
    }

    @Scheduled(identity = "job-alerts", cron = "${app.alerts.cron:0 0 6 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            Result r = run("schedule");
            LOG.infof("Job alerts: %d checked, %d e-mails queued%s", r.checked(), r.queued(),
                    r.ran() ? "" : " (another replica was running them)");
        } catch (RuntimeException e) {
            LOG.warnf("The job alert run failed; the alerts not reached are sent at the next run: %s", e.getMessage());
        }
    }

    private enum Step { LOCKED, NONE_DUE, CHECKED, QUEUED }

    /** An alert whose handling failed: it is skipped until its next period, with its jobs still to come. */
    private static final class AlertFailed extends RuntimeException {
        final long alertId;

        AlertFailed(long alertId, RuntimeException cause) {
            super(cause);
            this.alertId = alertId;
        }
    }

    /** Sends every due alert once. {@code startedBy} is "schedule" or the admin's name. */
    public Result run(String startedBy) {
        Instant start = clock.instant();
        OffsetDateTime startedAt = start.atOffset(ZoneOffset.UTC);
        QuarkusTransaction.requiringNew().run(() -> cleanUp(startedAt));
        int checked = 0;
        int queued = 0;
        boolean ran = false;
        while (true) {
            Step step;
            try {
                step = QuarkusTransaction.requiringNew().call(() -> next(startedAt));
            } catch (AlertFailed e) {
                LOG.warnf(e.getCause(), "Job alert %d could not be sent; it is tried again at its next period", e.alertId);
                QuarkusTransaction.requiringNew().run(() -> skip(e.alertId, startedAt));
                ran = true;
                continue;
            }
            if (step == Step.LOCKED) {
                break;
            }
            ran = true;
            if (step == Step.NONE_DUE) {
                break;
            }
            checked++;
            queued += step == Step.QUEUED ? 1 : 0;
        }
        if (ran) {
            int c = checked;
            int q = queued;
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                            insert into job_alert_run (started_at, finished_at, started_by, alerts_checked, emails_queued)
                            values (:start, :end, :by, :checked, :queued)""")
                    .setParameter("start", startedAt).setParameter("end", clock.instant().atOffset(ZoneOffset.UTC))
                    .setParameter("by", startedBy.length() > 100 ? startedBy.substring(0, 100) : startedBy)
                    .setParameter("checked", c).setParameter("queued", q).executeUpdate());
        }
        return new Result(ran, checked, queued);
    }

    /** One alert, in the caller's new transaction. */
    private Step next(OffsetDateTime start) {
        boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", LOCK_KEY).getSingleResult();
        if (!locked) {
            return Step.LOCKED;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> claimed = em.createNativeQuery("""
                        select a.id, a.filters, a.frequency, a.checked_until, s.id, s.email, s.secret
                        from job_alert a join alert_subscriber s on s.id = a.subscriber_id
                        where a.confirmed_at is not null and a.checked_until < :start
                          and (a.last_run_at is null
                               or (a.frequency = 'DAILY' and a.last_run_at <= :dailyDue)
                               or (a.frequency = 'WEEKLY' and a.last_run_at <= :weeklyDue))
                        order by a.last_run_at nulls first, a.id
                        limit 1
                        for update of a skip locked""")
                .setParameter("start", start)
                .setParameter("dailyDue", start.minus(Frequency.DAILY.due))
                .setParameter("weeklyDue", start.minus(Frequency.WEEKLY.due))
                .getResultList();
        if (claimed.isEmpty()) {
            return Step.NONE_DUE;
        }
        Object[] r = claimed.get(0);
        long alertId = ((Number) r[0]).longValue();
        try {
            return send(alertId, (String) r[1], Frequency.valueOf((String) r[2]), Alerts.time(r[3]),
                    ((Number) r[4]).longValue(), (String) r[5], (String) r[6], start) ? Step.QUEUED : Step.CHECKED;
        } catch (RuntimeException e) {
            throw new AlertFailed(alertId, e);
        }
    }

    /** Queues the alert's e-mail when jobs were published in its window, and moves its mark; true when queued. */
    private boolean send(long alertId, String filters, Frequency frequency, OffsetDateTime since, long subscriberId,
                         String email, String secret, OffsetDateTime start) {
        Optional<JobFilter> filter = jobs.savedFilter(filters);
        boolean queued = false;
        if (filter.isEmpty()) {
            LOG.infof("Job alert %d names a filter the board no longer knows; nothing is sent", alertId);
        } else {
            JobQueries.Published published = jobs.publishedBetween(filter.get(), since.toInstant(), start.toInstant(),
                    JOBS_PER_MAIL);
            if (published.total() > 0) {
                String unsubscribe = Urls.absolute(Urls.alertUnsubscribe(alerts.unsubscribeToken(alertId, secret)));
                outbox.enqueue(email, AlertLetters.alert(jobs.describe(filter.get()), frequency, Dates.display(since),
                                published.jobs(), published.total(), Urls.absolute(Urls.jobs(filters)), unsubscribe,
                                Urls.absolute(Urls.alertManage(alerts.manageToken(subscriberId, secret)))),
                        Alerts.unsubscribeHeaders(unsubscribe), Alerts.TOPIC);
                queued = true;
            }
        }
        em.createNativeQuery("""
                        update job_alert set checked_until = greatest(checked_until, :start), last_run_at = :start"""
                        + (queued ? ", last_sent_at = :start" : "") + " where id = :id")
                .setParameter("start", start).setParameter("id", alertId).executeUpdate();
        return queued;
    }

    /** A failed alert waits for its next period; its window is kept, so those jobs are in its next e-mail. */
    private void skip(long alertId, OffsetDateTime start) {
        em.createNativeQuery("update job_alert set last_run_at = :start where id = :id")
                .setParameter("start", start).setParameter("id", alertId).executeUpdate();
    }

    /** Unconfirmed alerts and addresses left without alerts go after a week; rate-limit records after a day. */
    private void cleanUp(OffsetDateTime start) {
        OffsetDateTime before = start.minus(Alerts.PENDING_KEPT);
        em.createNativeQuery("delete from job_alert where confirmed_at is null and created_at < :before")
                .setParameter("before", before).executeUpdate();
        em.createNativeQuery("""
                        delete from alert_subscriber s where s.created_at < :before
                          and not exists (select 1 from job_alert a where a.subscriber_id = s.id)""")
                .setParameter("before", before).executeUpdate();
        em.createNativeQuery("delete from alert_attempt where at < :before")
                .setParameter("before", start.minusDays(1)).executeUpdate();
    }
}
