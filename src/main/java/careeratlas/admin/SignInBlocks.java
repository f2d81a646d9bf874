package careeratlas.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this replica already knows of the clients that are backing off: the time each may try again, as
 * {@link SignInThrottle} decided it in PostgreSQL. A flood from such a client is answered from here, without a
 * database connection, a log line or a row per attempt; PostgreSQL stays the authority (another replica finds the
 * same block there). Bounded: past {@value #MAX_CLIENTS} clients the ended blocks are dropped, and if that is not
 * enough, all of them (the next attempt of each asks PostgreSQL again).
 */
@ApplicationScoped
public class SignInBlocks {

    static final int MAX_CLIENTS = 10_000;

    private final Map<String, Instant> blockedUntil = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    /** The client may not try again before {@code until}. */
    void block(String client, Instant until) {
        if (client == null || until == null) {
            return;
        }
        if (blockedUntil.size() >= MAX_CLIENTS) {
            forgetEnded();
        }
        blockedUntil.merge(client, until, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** The client signed in: it is not backing off any more. */
    void forget(String client) {
        if (client != null) {
            blockedUntil.remove(client);
        }
    }

    /** How long the client must still wait, when this replica knows it is backing off. */
    Optional<Duration> waitFor(String client) {
        Instant until = client == null ? null : blockedUntil.get(client);
        if (until == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!until.isAfter(now)) {
            blockedUntil.remove(client, until);
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, until));
    }

    private void forgetEnded() {
        Instant now = clock.instant();
        for (Iterator<Instant> i = blockedUntil.values().iterator(); i.hasNext(); ) {
            if (!i.next().isAfter(now)) {
                i.remove();
            }
        }
        if (blockedUntil.size() >= MAX_CLIENTS) {
            blockedUntil.clear();
        }
    }
}
