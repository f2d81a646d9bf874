package careeratlas.testing;

import careeratlas.mail.MailDelivery;
import careeratlas.mail.MailMessage;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.util.concurrent.atomic.AtomicInteger;

/** The site's mail delivery in tests: the mock mailbox, unless a test takes the mail server down. */
@Alternative
@Priority(100)
@ApplicationScoped
public class FlakyMailDelivery extends MailDelivery {

    private static volatile boolean down;
    private static final AtomicInteger refused = new AtomicInteger();

    /** Every delivery fails (as with an unreachable SMTP server) until {@link #recover()}. */
    public static void goDown() {
        down = true;
    }

    public static void recover() {
        down = false;
    }

    public static int refused() {
        return refused.get();
    }

    @Override
    public void deliver(MailMessage m) {
        if (down) {
            refused.incrementAndGet();
            throw new IllegalStateException("Connection refused: the test's mail server is down");
        }
        super.deliver(m);
    }
}
