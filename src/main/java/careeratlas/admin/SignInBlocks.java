package careeratlas.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this replica already knows of the clients that are backing off: the time each may try again, as
 * {@link SignInThrottle} decided it in PostgreSQL. A flood from such a client is answered from here, without a
 * database connection, a log line or a row per attempt; PostgreSQL stays the authority (another replica finds the
 * same block there). When a block ends, one attempt of the client goes on to PostgreSQL (which sets the next block
 * or lets it through) and the others wait a second meanwhile, so a hundred parallel attempts do not all reach the
 * database the moment the block ends. Bounded: past {@value #MAX_CLIENTS} clients the entries of blocks that ended
 * are dropped, and if that is not enough, all of them (the next attempt of each asks PostgreSQL again).
 */
@ApplicationScoped
public class SignInBlocks {

    static final int MAX_CLIENTS = 10_000;
    /** How long the one attempt sent on to PostgreSQL after a block may take before another may go. */
    static final Duration CHECKING = Duration.ofSeconds(5);
    private static final Duration WAIT_WHILE_CHECKING = Duration.ofSeconds(1);

    /** A block, and until when one attempt that went on to PostgreSQL after it ended is being checked. */
    private record Entry(Instant until, Instant checkingUntil) {
    }

    private final Map<String, Entry> blocks = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    /** The client may not try again before {@code until}; null: the client is not backing off (any more). */
    void block(String client, Instant until) {
        if (client == null) {
            return;
        }
        if (until == null) {
            blocks.remove(client);
            return;
        }
        if (blocks.size() >= MAX_CLIENTS) {
            forgetEnded();
        }
        blocks.put(client, new Entry(until, null));
    }

    /**
     * How long the client must still wait, when this replica knows it is backing off; empty when the attempt may go
     * on (nothing known, or the first attempt after a block ended).
     */
    Optional<Duration> waitFor(String client) {
        if (client == null || !blocks.containsKey(client)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Duration[] wait = {null};
        blocks.computeIfPresent(client, (key, entry) -> {
            if (entry.until().isAfter(now)) {
                wait[0] = Duration.between(now, entry.until());
                return entry;
            }
            if (entry.checkingUntil() != null && entry.checkingUntil().isAfter(now)) {
                wait[0] = WAIT_WHILE_CHECKING;
                return entry;
            }
            return new Entry(entry.until(), now.plus(CHECKING)); // this attempt goes on
        });
        return Optional.ofNullable(wait[0]);
    }

    private void forgetEnded() {
        Instant now = clock.instant();
        blocks.values().removeIf(e -> !e.until().isAfter(now)
                && (e.checkingUntil() == null || !e.checkingUntil().isAfter(now)));
        if (blocks.size() >= MAX_CLIENTS) {
            blocks.clear();
        }
    }
}
