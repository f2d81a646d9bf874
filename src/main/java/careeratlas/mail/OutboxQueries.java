package careeratlas.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the outbox for the dev-only outbox page. */
@ApplicationScoped
public class OutboxQueries {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    @Inject
    EntityManager em;

    @Transactional
    public List<OutboxEntry> latest(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select id, recipient, subject, text_body, created_at, sent_at, attempts, last_error
                        from outbox order by id desc limit :limit""")
                .setParameter("limit", limit).getResultList();
        List<OutboxEntry> entries = new ArrayList<>();
        for (Object[] r : rows) {
            String text = (String) r[3];
            entries.add(new OutboxEntry(((Number) r[0]).longValue(), (String) r[1], (String) r[2], text,
                    time(r[4]), time(r[5]), ((Number) r[6]).intValue(), (String) r[7], links(text)));
        }
        return entries;
    }

    static List<String> links(String text) {
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            if (!links.contains(m.group())) {
                links.add(m.group());
            }
        }
        return links;
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
