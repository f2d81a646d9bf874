package careeratlas.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * The sign-in limits, kept in PostgreSQL ({@code signin_throttle}) so that every replica sees the same counts.
 * Every attempt first claims a slot with an atomic upsert (the row is locked until the short transaction ends);
 * only a claimed slot leads to a password check, so parallel attempts cannot check more than the limits:
 * <ul>
 * <li>per client address: {@code app.signin.client-free-failures} attempts per window, then each further one
 * only after an exponential back-off (1 s, 2 s, 4 s ... at most the window), answered 429 with Retry-After;</li>
 * <li>per username and client: at most {@value #PAIR_LIMIT} password checks per window, then the pair is
 * locked, answered exactly like a wrong password;</li>
 * <li>per username over all clients: at most {@code app.signin.username-ceiling} checks per window.</li>
 * </ul>
 * A success resets the client's and the pair's counts and returns its slot to the username's ceiling, so an
 * admin signing in from a client that has not been failing is not kept out by a stranger's failures.
 * All methods run inside the caller's transaction; none of them hashes anything.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int PAIR_LIMIT = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    public enum Verdict { CHECK, LOCKED, THROTTLED }

    /**
     * The outcome of a claim; {@code blockedUntil} is when the client may try again, when it is backing off (now,
     * or from this attempt on), else null.
     */
    public record Claim(Verdict verdict, Duration retryAfter, String user, String pair, String client,
                        java.time.Instant blockedUntil) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @ConfigProperty(name = "app.signin.client-free-failures", defaultValue = "10")
    int clientFreeFailures;

    @ConfigProperty(name = "app.signin.username-ceiling", defaultValue = "50")
    int usernameCeiling;

    /** Claims a password check for this username from this client, or says why there is none. */
    Claim claim(String username, String client) {
        String user = username.toLowerCase(Locale.ROOT);
        String address = client == null ? "unknown" : client;
        String pair = cut(user + "|" + address);
        user = cut(user);
        OffsetDateTime now = OffsetDateTime.now(clock);

        Row clientRow = upsert("client", address, now, true);
        if (clientRow.blockedUntil != null && clientRow.blockedUntil.isAfter(now)) {
            return new Claim(Verdict.THROTTLED, Duration.between(now, clientRow.blockedUntil), user, pair, address,
                    clientRow.blockedUntil.toInstant());
        }
        java.time.Instant blockedUntil = null;
        if (clientRow.attempts > clientFreeFailures) {
            long exponent = Math.min(clientRow.attempts - clientFreeFailures - 1, 20);
            Duration backOff = Duration.ofSeconds(1L << exponent);
            if (backOff.compareTo(WINDOW) > 0) {
                backOff = WINDOW;
            }
            em.createNativeQuery("update signin_throttle set blocked_until = :until where scope = 'client' and key = :key")
                    .setParameter("until", now.plus(backOff)).setParameter("key", address).executeUpdate();
            blockedUntil = now.plus(backOff).toInstant();
        }
        if (upsert("pair", pair, now, false).attempts > PAIR_LIMIT) {
            return new Claim(Verdict.LOCKED, Duration.ZERO, user, pair, address, blockedUntil);
        }
        if (upsert("user", user, now, false).attempts > usernameCeiling) {
            return new Claim(Verdict.LOCKED, Duration.ZERO, user, pair, address, blockedUntil);
        }
        return new Claim(Verdict.CHECK, Duration.ZERO, user, pair, address, blockedUntil);
    }

    /** After a correct password: the client and the pair start afresh, the username gets its slot back. */
    void succeeded(Claim claim) {
        em.createNativeQuery("delete from signin_throttle where (scope = 'client' and key = :client) or (scope = 'pair' and key = :pair)")
                .setParameter("client", claim.client()).setParameter("pair", claim.pair()).executeUpdate();
        giveBack("user", claim.user());
    }

    /** A claimed check that never ran (the hashing pool was full): it does not count. */
    void unused(Claim claim) {
        giveBack("client", claim.client());
        giveBack("pair", claim.pair());
        giveBack("user", claim.user());
    }

    private void giveBack(String scope, String key) {
        em.createNativeQuery("update signin_throttle set attempts = greatest(attempts - 1, 0) where scope = :scope and key = :key")
                .setParameter("scope", scope).setParameter("key", key).executeUpdate();
    }

    private record Row(int attempts, OffsetDateTime blockedUntil) {
    }

    /**
     * Counts one attempt in the row's window (a new window when the old one is over) and returns the count.
     * A client that is backing off is not counted again, so waiting out the back-off is enough.
     */
    private Row upsert(String scope, String key, OffsetDateTime now, boolean skipWhenBlocked) {
        Object[] row = (Object[]) em.createNativeQuery("""
                insert into signin_throttle as t (scope, key, window_start, attempts) values (:scope, :key, :now, 1)
                on conflict (scope, key) do update set
                  window_start = case when t.window_start <= :expired then :now else t.window_start end,
                  blocked_until = case when t.window_start <= :expired then null else t.blocked_until end,
                  attempts = case when t.window_start <= :expired then 1
                                  when :skip and t.blocked_until > :now then t.attempts
                                  else t.attempts + 1 end
                returning attempts, blocked_until""")
                .setParameter("scope", scope).setParameter("key", key).setParameter("now", now)
                .setParameter("expired", now.minus(WINDOW)).setParameter("skip", skipWhenBlocked)
                .getSingleResult();
        return new Row(((Number) row[0]).intValue(), timestamp(row[1]));
    }

    private static OffsetDateTime timestamp(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        java.time.Instant instant = value instanceof java.sql.Timestamp t ? t.toInstant() : (java.time.Instant) value;
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private static String cut(String s) {
        return s.length() > 200 ? s.substring(0, 200) : s;
    }
}
