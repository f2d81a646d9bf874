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

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A sign-in attempt and its outcome, for the admins' list of recent sign-ins. The limits themselves are counted in
 * {@link SignInThrottle}: LOCKED attempts were answered like a wrong password without a real check, THROTTLED ones
 * were refused with 429 while the client was backing off, BUSY ones found the hashing pool full (503).
 */
@Entity
@Table(name = "login_attempt")
public class LoginAttempt extends PanacheEntityBase {

    public enum Outcome { SUCCESS, FAILURE, LOCKED, THROTTLED, BUSY }

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

    /** The newest attempts, for the admin area. */
    public static List<LoginAttempt> newest(int limit) {
        return find("order by attemptedAt desc").page(0, limit).list();
    }
}
