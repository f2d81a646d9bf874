package careeratlas.mail;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Delivers due outbox messages. Every few seconds (APP_MAIL_SEND_EVERY) one replica takes a PostgreSQL
 * transaction-scoped advisory lock, claims up to a batch of due rows, sends them and marks them sent in the same
 * transaction; a failed message waits {@code base * 2^attempts} (capped) before the next try. A replica that does
 * not get the lock does nothing, so two replicas never send the same row.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);
    /** The advisory lock key of the outbox sender ("mail" as an int). */
    static final long LOCK_KEY = 0x6d61696cL;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailDelivery delivery;

    @ConfigProperty(name = "app.mail.batch-size", defaultValue = "50")
    int batchSize;

    @ConfigProperty(name = "app.mail.retry-base", defaultValue = "PT30S")
    Duration retryBase;

    @ConfigProperty(name = "app.mail.retry-max", defaultValue = "PT6H")
    Duration retryMax;

    @Scheduled(identity = "outbox-sender", every = "${app.mail.send-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warnf("Outbox run failed, it is tried again on the next tick: %s", e.getMessage());
        }
    }

    /** Sends what is due now; returns how many messages were sent (-1 when another replica holds the lock). */
    @Transactional
    public int sendDue() {
        boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", LOCK_KEY).getSingleResult();
        if (!locked) {
            return -1;
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select id, recipient, subject, text_body, html_body, headers, attempts from outbox
                        where sent_at is null and next_attempt_at <= :now
                        order by next_attempt_at, id limit :limit for update skip locked""")
                .setParameter("now", now).setParameter("limit", batchSize).getResultList();
        int sent = 0;
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            int attempts = ((Number) r[6]).intValue();
            MailMessage m = new MailMessage((String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    Outbox.parseHeaders((String) r[5]));
            try {
                delivery.deliver(m);
                em.createNativeQuery("update outbox set sent_at = :now, attempts = attempts + 1, last_error = null where id = :id")
                        .setParameter("now", now).setParameter("id", id).executeUpdate();
                sent++;
            } catch (RuntimeException e) {
                Duration wait = backoff(attempts + 1);
                String error = String.valueOf(e.getMessage());
                LOG.warnf("E-mail %d not sent (attempt %d), next try in %s: %s", id, attempts + 1, wait, error);
                em.createNativeQuery("update outbox set attempts = attempts + 1, next_attempt_at = :next, last_error = :error where id = :id")
                        .setParameter("next", now.plus(wait))
                        .setParameter("error", error.length() > 500 ? error.substring(0, 500) : error)
                        .setParameter("id", id).executeUpdate();
            }
        }
        return sent;
    }

    /** {@code base * 2^(attempt-1)}, at most {@code max}. */
    Duration backoff(int attempt) {
        Duration wait = retryBase.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(retryMax) > 0 ? retryMax : wait;
    }
}
