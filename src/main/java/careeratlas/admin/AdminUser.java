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

    public static Optional<AdminUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** The stored hash of this admin's password, read without keeping the entity. */
    static Optional<String> hashOf(String username) {
        return findByUsername(username).map(u -> u.passwordHash);
    }

    static void signedIn(String username, OffsetDateTime at) {
        update("lastLoginAt = ?1 where username = ?2", at, username);
    }

    public static List<AdminUser> listByName() {
        return list("order by username");
    }

    public static AdminUser create(String username, String password, String createdBy) {
        AdminUser user = new AdminUser();
        user.username = username;
        user.passwordHash = hash(password);
        user.createdBy = createdBy;
        user.persist();
        return user;
    }

    public boolean passwordMatches(String password) {
        return BcryptUtil.matches(password, passwordHash);
    }

    public void changePassword(String password) {
        passwordHash = hash(password);
    }

    static boolean passwordMatchesHash(String password, String hash) {
        return BcryptUtil.matches(password, hash);
    }

    static String hash(String password) {
        return BcryptUtil.bcryptHash(password, BCRYPT_COST);
    }
}
