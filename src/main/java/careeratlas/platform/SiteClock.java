package careeratlas.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The one clock of the site, in UTC: every "today", expiry, "posted N days ago" and feature window reads it, in
 * Java and (bound as {@code :today}) in SQL. Tests replace it with a clock they can set.
 */
@ApplicationScoped
public class SiteClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
