package careeratlas.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The site's clock in tests: the system's UTC clock unless a test pins it with {@link #pin}. */
public final class TestClock extends Clock {

    private static volatile Instant pinned;

    /** Every instant the site reads is {@code at} until {@link #release()}. */
    public static void pin(Instant at) {
        pinned = at;
    }

    public static void release() {
        pinned = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? this : Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant at = pinned;
        return at != null ? at : Instant.now();
    }

    /** Replaces the site's clock for the whole test run. */
    @Singleton
    static class Producer {

        @Produces
        @Alternative
        @Priority(100)
        @Singleton
        Clock clock() {
            return new TestClock();
        }
    }
}
