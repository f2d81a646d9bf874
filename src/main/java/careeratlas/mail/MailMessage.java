package careeratlas.mail;

import java.util.Map;

/** One e-mail as it is queued and delivered: both bodies already rendered, extra headers in order. */
public record MailMessage(String recipient, String subject, String text, String html, Map<String, String> headers) {

    public MailMessage {
        headers = Map.copyOf(headers);
    }
}
