package careeratlas.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Hands one message to the Quarkus Mailer (SMTP in production, the mock mailbox in dev and tests). */
@ApplicationScoped
public class MailDelivery {

    @Inject
    Mailer mailer;

    public void deliver(MailMessage m) {
        Mail mail = Mail.withText(m.recipient(), m.subject(), m.text()).setHtml(m.html());
        m.headers().forEach((name, value) -> mail.addHeader(name, value));
        mailer.send(mail);
    }
}
