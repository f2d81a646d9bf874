package careeratlas.admin;

import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Admin accounts: every query and transaction of the account pages. Each method returns the form's errors. */
@ApplicationScoped
public class AdminAccounts {

    static final int MIN_PASSWORD = FirstAdmin.MIN_PASSWORD_LENGTH;

    public List<AdminUser> users() {
        return AdminUser.listByName();
    }

    public List<LoginAttempt> recentSignIns() {
        return LoginAttempt.newest(20);
    }

    @Inject
    PasswordHashing hashing;

    /**
     * Changes an admin's password and ends every session of that admin. The hashes are read and written in short
     * transactions; bcrypt runs between them on the bounded hashing pool, holding no connection. A concurrent
     * change in between makes this one fail instead of overwriting it.
     */
    public Map<String, String> changePassword(String username, String current, String password, String confirm) {
        String oldHash = QuarkusTransaction.requiringNew().call(() -> AdminUser.findByUsername(username).orElseThrow().passwordHash);
        Map<String, String> errors = new LinkedHashMap<>();
        if (current == null || !hashing.run(() -> AdminUser.passwordMatchesHash(current, oldHash))) {
            errors.put("current", "That is not your current password.");
        }
        passwordRules(password, confirm, errors);
        if (!errors.isEmpty()) {
            return errors;
        }
        String newHash = hashing.run(() -> AdminUser.hash(password));
        boolean changed = QuarkusTransaction.requiringNew().call(() -> {
            AdminUser me = AdminUser.findByUsername(username).orElseThrow();
            if (!me.passwordHash.equals(oldHash)) {
                return false;
            }
            me.changePasswordHash(newHash);
            return true;
        });
        if (!changed) {
            errors.put("current", "Your password was changed elsewhere at the same moment. Sign in again.");
        }
        return errors;
    }

    /** Ends every session of this admin, on every replica (sign-out). */
    public void endSessions(String username) {
        QuarkusTransaction.requiringNew().run(() -> AdminUser.endSessions(username));
    }

    public Map<String, String> addUser(String username, String password, String confirm, String actor) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = username == null ? "" : username.strip();
        if (!name.matches("[A-Za-z0-9._@-]{3,60}")) {
            errors.put("username", "Use 3 to 60 letters, digits, dots, dashes, underscores or @.");
        } else if (QuarkusTransaction.requiringNew().call(() -> AdminUser.findByUsername(name).isPresent())) {
            errors.put("username", "There is already an admin with that username.");
        }
        passwordRules(password, confirm, errors);
        if (!errors.isEmpty()) {
            return errors;
        }
        String hash = hashing.run(() -> AdminUser.hash(password));
        try {
            QuarkusTransaction.requiringNew().run(() -> AdminUser.createWithHash(name, hash, actor));
        } catch (RuntimeException e) {
            if (!QuarkusTransaction.requiringNew().call(() -> AdminUser.findByUsername(name).isPresent())) {
                throw e;
            }
            errors.put("username", "There is already an admin with that username.");
        }
        return errors;
    }

    static void passwordRules(String password, String confirm, Map<String, String> errors) {
        if (password == null || password.length() < MIN_PASSWORD) {
            errors.put("password", "Use at least " + MIN_PASSWORD + " characters.");
        } else if (password.length() > 200) {
            errors.put("password", "Use at most 200 characters.");
        } else if (!password.equals(confirm)) {
            errors.put("confirm", "The two passwords are not the same.");
        }
    }
}
