package careeratlas.admin;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A sign-in attempt. Five failures for one username within 15 minutes lock that username for 15 minutes;
 * attempts made while locked are recorded as LOCKED and do not extend the lock.
 */
@Entity
@Table(name = "login_attempt")
public class LoginAttempt extends PanacheEntityBase {

    public enum Outcome { SUCCESS, FAILURE, LOCKED }

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String username;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    @Column(name = "attempted_at")
    public OffsetDateTime attemptedAt;
    @Column(name = "remote_address")
    public String remoteAddress;

    static void record(OffsetDateTime at, String username, Outcome outcome, String remoteAddress) {
        LoginAttempt attempt = new LoginAttempt();
        attempt.username = username;
        attempt.outcome = outcome;
        attempt.attemptedAt = at;
        attempt.remoteAddress = remoteAddress;
        attempt.persist();
    }

    /**
     * Locked while the last five failures (with no success after them) all fall within 15 minutes and the
     * newest of them is less than 15 minutes old.
     */
    static boolean isLocked(String username, OffsetDateTime now) {
        List<LoginAttempt> recent = find("username = ?1 and outcome <> ?2 and attemptedAt > ?3 order by attemptedAt desc",
                username, Outcome.LOCKED, now.minus(WINDOW.multipliedBy(2))).page(0, MAX_FAILURES).list();
        if (recent.size() < MAX_FAILURES || recent.stream().anyMatch(a -> a.outcome == Outcome.SUCCESS)) {
            return false;
        }
        OffsetDateTime newest = recent.get(0).attemptedAt;
        OffsetDateTime oldest = recent.get(MAX_FAILURES - 1).attemptedAt;
        return !oldest.isBefore(newest.minus(WINDOW)) && newest.isAfter(now.minus(WINDOW));
    }

    /** The newest attempts, for the admin area. */
    public static List<LoginAttempt> newest(int limit) {
        return find("order by attemptedAt desc").page(0, limit).list();
    }
}
