package careeratlas.admin;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Someone who may sign in to the admin area. Only a bcrypt hash of the password is stored. */
@Entity
@Table(name = "admin_user")
public class AdminUser extends PanacheEntityBase {

    public static final String ROLE = "admin";
    /** bcrypt cost factor: about a tenth of a second per check on a server core. */
    static final int BCRYPT_COST = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String username;
    @Column(name = "password_hash")
    public String passwordHash;
    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "last_login_at")
    public OffsetDateTime lastLoginAt;
    /** Raised to end every session of this admin (sign-out, password change, disabling). */
    @Column(name = "session_version")
    public int sessionVersion = 1;
    @Column(name = "disabled_at")
    public OffsetDateTime disabledAt;
    @Column(name = "disabled_by")
    public String disabledBy;

    /** Usernames are unique without regard to case (V62's index on lower(username)). */
    public static Optional<AdminUser> findByUsername(String username) {
        return find("lower(username) = lower(?1)", username).firstResultOptional();
    }

    /** Every admin, each row locked until the transaction ends (the list is short). */
    static List<AdminUser> lockAll() {
        return find("order by id").withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).list();
    }

    public boolean isDisabled() {
        return disabledAt != null;
    }

    /** What a sign-in needs of an enabled admin, read without keeping the entity. */
    record Credentials(String username, String hash, int sessionVersion) {
    }

    static Optional<Credentials> credentials(String username) {
        return findByUsername(username).filter(u -> u.disabledAt == null)
                .map(u -> new Credentials(u.username, u.passwordHash, u.sessionVersion));
    }

    /** The current session version of an enabled admin; empty when there is no such admin or it is disabled. */
    static Optional<Integer> sessionVersion(String username) {
        return findByUsername(username).filter(u -> u.disabledAt == null).map(u -> u.sessionVersion);
    }

    /** Ends every session of this admin on every replica. */
    static void endSessions(String username) {
        update("sessionVersion = sessionVersion + 1 where lower(username) = lower(?1)", username);
    }

    static void signedIn(String username, OffsetDateTime at) {
        update("lastLoginAt = ?1 where lower(username) = lower(?2)", at, username);
    }

    public static List<AdminUser> listByName() {
        return list("order by username");
    }

    public static AdminUser create(String username, String password, String createdBy) {
        return createWithHash(username, hash(password), createdBy);
    }

    /** A new admin whose password was hashed before the transaction began. */
    static AdminUser createWithHash(String username, String passwordHash, String createdBy) {
        AdminUser user = new AdminUser();
        user.username = username;
        user.passwordHash = passwordHash;
        user.createdBy = createdBy;
        user.persist();
        return user;
    }

    public boolean passwordMatches(String password) {
        return BcryptUtil.matches(password, passwordHash);
    }

    /** A new hash (made outside any transaction) replaces the old one, and every session of this admin ends. */
    void changePasswordHash(String newHash) {
        passwordHash = newHash;
        sessionVersion++;
    }

    static boolean passwordMatchesHash(String password, String hash) {
        return BcryptUtil.matches(password, hash);
    }

    static String hash(String password) {
        return BcryptUtil.bcryptHash(password, BCRYPT_COST);
    }
}
