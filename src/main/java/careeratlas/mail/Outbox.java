package careeratlas.mail;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Queues e-mails. {@link #enqueue} joins the caller's transaction, so a message exists exactly when the change
 * that caused it was committed; {@link OutboxSender} delivers it later, never inside the request.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Queues a message whose plain-text and HTML parts come from two checked templates. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long enqueue(String recipient, String subject, TemplateInstance text, TemplateInstance html,
                        Map<String, String> headers) {
        return enqueue(new MailMessage(recipient, subject, text.render(), html.render(), headers));
    }

    /** Queues a letter, rendered as plain text and HTML from {@link Letters}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long enqueue(String recipient, Letter letter, Map<String, String> headers) {
        return enqueue(recipient, letter, headers, null);
    }

    /**
     * Queues a letter that belongs to a topic (such as the job alerts), so that {@link #forget} can remove every
     * message of that topic to an address.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long enqueue(String recipient, Letter letter, Map<String, String> headers, String topic) {
        String site = careeratlas.platform.Urls.absolute(careeratlas.platform.Urls.home());
        return enqueue(new MailMessage(recipient, letter.subject(), Letters.text(letter, site).render(),
                Letters.html(letter, site).render(), headers), topic);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long enqueue(MailMessage m) {
        return enqueue(m, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long enqueue(MailMessage m, String topic) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        String headers = m.headers().entrySet().stream()
                .map(e -> clean(e.getKey()) + ": " + clean(e.getValue()))
                .collect(Collectors.joining("\n"));
        // The topic is left out rather than bound as a null, whose SQL type the driver could not tell.
        jakarta.persistence.Query insert = em.createNativeQuery("""
                        insert into outbox (recipient, subject, text_body, html_body, headers, created_at, next_attempt_at%s)
                        values (:to, :subject, :text, :html, :headers, :now, :now%s) returning id"""
                        .formatted(topic == null ? "" : ", topic", topic == null ? "" : ", :topic"))
                .setParameter("to", m.recipient()).setParameter("subject", clean(m.subject()))
                .setParameter("text", m.text()).setParameter("html", m.html())
                .setParameter("headers", headers).setParameter("now", now);
        if (topic != null) {
            insert.setParameter("topic", topic);
        }
        return ((Number) insert.getSingleResult()).longValue();
    }

    /**
     * Deletes every message of the topic to the address, sent or not: an address that asked to be forgotten is
     * sent nothing more of it, and its copies are gone. Returns how many were deleted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forget(String recipient, String topic) {
        return em.createNativeQuery("delete from outbox where lower(recipient) = lower(:to) and topic = :topic")
                .setParameter("to", recipient).setParameter("topic", topic).executeUpdate();
    }

    /** Header names and values, and subjects, are one line: no header injection through user text. */
    static String clean(String value) {
        return value.replaceAll("[\\r\\n\\x00-\\x1f]+", " ").strip();
    }

    static Map<String, String> parseHeaders(String stored) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : stored.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                headers.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return headers;
    }
}
