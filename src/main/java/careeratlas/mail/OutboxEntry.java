package careeratlas.mail;

import java.time.OffsetDateTime;
import java.util.List;

/** An outbox message as the dev outbox page shows it, with the links found in its text part. */
public record OutboxEntry(long id, String recipient, String subject, String text, OffsetDateTime createdAt,
                          OffsetDateTime sentAt, int attempts, String lastError, List<String> links) {
}
