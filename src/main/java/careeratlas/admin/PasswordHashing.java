package careeratlas.admin;

import careeratlas.platform.ServiceBusyException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The bounded pool every bcrypt check and hash runs on: at most {@code app.signin.hashing-permits} at once (by
 * default half the cores, at least one), so a flood of sign-ins cannot take the CPU from page rendering. A request that
 * finds the pool full waits at most {@code app.signin.hashing-wait} and is then refused with 503: hashing is never
 * queued without end. Callers hold no database connection and no transaction while they hash.
 */
@ApplicationScoped
public class PasswordHashing {

    private final Semaphore permits;
    private final long waitMillis;

    PasswordHashing(@ConfigProperty(name = "app.signin.hashing-permits") java.util.OptionalInt permits,
                    @ConfigProperty(name = "app.signin.hashing-wait", defaultValue = "PT1S") Duration wait) {
        this.permits = new Semaphore(permits.orElse(defaultPermits()), true);
        this.waitMillis = wait.toMillis();
    }

    /** Half the cores, at least one: the other half always stays free for pages. */
    static int defaultPermits() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    <T> T run(Supplier<T> hashing) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceBusyException("interrupted while waiting to check a password", e);
        }
        if (!acquired) {
            throw new ServiceBusyException("every password-hashing permit is in use", null);
        }
        try {
            return hashing.get();
        } finally {
            permits.release();
        }
    }
}
