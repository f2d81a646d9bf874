package careeratlas.mail;

import careeratlas.testing.AdminSession;
import careeratlas.testing.FlakyMailDelivery;
import careeratlas.testing.HtmlValidator;
import careeratlas.testing.TestClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outbox: a message survives a mail server outage, is retried with back-off, and is sent exactly once. */
@QuarkusTest
class OutboxTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxSender sender;

    @Inject
    MockMailbox mailbox;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void cleanUp() {
        FlakyMailDelivery.recover();
        TestClock.release();
        mailbox.clear();
    }

    @Test
    void aFailingMailServerLosesNothingAndSendsEachMessageOnce() throws Exception {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestClock.pin(start);
        sender.sendDue(); // whatever earlier tests left
        mailbox.clear();
        List<String> to = List.of("outage-1@example.org", "outage-2@example.org", "outage-3@example.org");
        QuarkusTransaction.requiringNew().run(() -> to.forEach(r -> outbox.enqueue(
                new MailMessage(r, "Hello " + r, "Text for " + r, "<p>HTML for " + r + "</p>",
                        Map.of("List-Unsubscribe", "<https://example.org/u/1>",
                                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click")))));

        FlakyMailDelivery.goDown();
        int refusedBefore = FlakyMailDelivery.refused();
        assertEquals(0, sender.sendDue(), "nothing goes out while the server is down");
        assertEquals(3, FlakyMailDelivery.refused() - refusedBefore, "each message was tried once");
        assertEquals(0, sent(to), "none is marked sent");
        assertEquals(0, sender.sendDue(), "a failed message waits for its back-off before the next try");
        assertEquals(3, FlakyMailDelivery.refused() - refusedBefore, "no retry before the back-off");

        TestClock.pin(start.plus(Duration.ofSeconds(31)));
        assertEquals(0, sender.sendDue(), "second attempt fails too");
        assertEquals(6, FlakyMailDelivery.refused() - refusedBefore);
        TestClock.pin(start.plus(Duration.ofSeconds(61)));
        assertEquals(0, sender.sendDue(), "the second back-off is twice as long (60 s)");
        assertEquals(6, FlakyMailDelivery.refused() - refusedBefore);

        FlakyMailDelivery.recover();
        TestClock.pin(start.plus(Duration.ofSeconds(92)));
        assertEquals(3, sender.sendDue(), "the server is back: all three go out");
        TestClock.pin(start.plus(Duration.ofDays(2)));
        assertEquals(0, sender.sendDue(), "a sent message is never sent again");
        for (String r : to) {
            List<Mail> mails = mailbox.getMailsSentTo(r);
            assertEquals(1, mails.size(), "exactly one message to " + r);
            Mail mail = mails.get(0);
            assertEquals("Hello " + r, mail.getSubject());
            assertEquals("Text for " + r, mail.getText());
            assertEquals("<p>HTML for " + r + "</p>", mail.getHtml());
            assertEquals(List.of("<https://example.org/u/1>"), mail.getHeaders().get("List-Unsubscribe"));
            assertEquals(List.of("List-Unsubscribe=One-Click"), mail.getHeaders().get("List-Unsubscribe-Post"));
        }
        assertEquals(3, sent(to));
    }

    @Test
    void aReplicaThatDoesNotHoldTheLockSendsNothing() throws Exception {
        mailbox.clear();
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(
                new MailMessage("locked@example.org", "Locked", "t", "<p>h</p>", Map.of())));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("select pg_advisory_lock(" + OutboxSender.LOCK_KEY + ")");
            try {
                assertEquals(-1, sender.sendDue(), "another replica is sending");
                assertTrue(mailbox.getMailsSentTo("locked@example.org").isEmpty());
            } finally {
                s.execute("select pg_advisory_unlock(" + OutboxSender.LOCK_KEY + ")");
            }
        }
        assertTrue(sender.sendDue() >= 1);
        assertEquals(1, mailbox.getMailsSentTo("locked@example.org").size());
    }

    @Test
    void subjectsAndHeadersCannotCarryLineBreaks() {
        assertEquals("Hi Bcc: x@example.org", Outbox.clean("Hi\r\nBcc: x@example.org"));
    }

    @Test
    void theDevOutboxPageListsMessagesWithTheirLinks() {
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(new MailMessage("page@example.org",
                "Confirm <your> address", "Open http://localhost:8081/jobs/post/confirm?t=abc to confirm.",
                "<p>x</p>", Map.of())));
        String html = AdminSession.signIn().get("/admin/outbox").then().statusCode(200).extract().asString();
        assertTrue(html.contains("Confirm &lt;your&gt; address"), "subjects are escaped");
        assertTrue(html.contains("<a href=\"http://localhost:8081/jobs/post/confirm?t=abc\">"), "links are clickable");
        assertEquals(List.of(), HtmlValidator.errors(html));
    }

    private int sent(List<String> recipients) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from outbox where sent_at is not null and recipient in ('"
                     + String.join("','", recipients) + "')")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
