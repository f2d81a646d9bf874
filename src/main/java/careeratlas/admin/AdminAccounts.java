package careeratlas.admin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Admin accounts: every query and transaction of the account pages. Each method returns the form's errors (or an
 * error message). Hashes are read and written in short transactions; bcrypt runs between them on the bounded
 * hashing pool ({@link PasswordHashing}), holding no connection. Every change is written to {@code admin_audit}.
 */
@ApplicationScoped
public class AdminAccounts {

    static final int MIN_PASSWORD = PasswordRules.MIN_LENGTH;

    @Inject
    PasswordHashing hashing;

    @Inject
    Clock clock;

    public List<AdminUser> users() {
        return QuarkusTransaction.requiringNew().call(AdminUser::listByName);
    }

    public List<LoginAttempt> recentSignIns() {
        return QuarkusTransaction.requiringNew().call(() -> LoginAttempt.newest(20));
    }

    public List<AdminAudit> recentChanges() {
        return QuarkusTransaction.requiringNew().call(() -> AdminAudit.newest(30));
    }

    private boolean currentPasswordMatches(String username, String current) {
        if (current == null || current.isEmpty()) {
            return false;
        }
        Optional<String> hash = QuarkusTransaction.requiringNew().call(() ->
                AdminUser.findByUsername(username).map(u -> u.passwordHash));
        return hash.isPresent() && hashing.run(() -> AdminUser.passwordMatchesHash(current, hash.get()));
    }

    /**
     * Changes an admin's password and ends every session of that admin. A concurrent change in between makes this
     * one fail instead of overwriting it.
     */
    public Map<String, String> changePassword(String username, String current, String password, String confirm) {
        String oldHash = QuarkusTransaction.requiringNew().call(() -> AdminUser.findByUsername(username).orElseThrow().passwordHash);
        Map<String, String> errors = new LinkedHashMap<>();
        if (current == null || current.isEmpty() || !hashing.run(() -> AdminUser.passwordMatchesHash(current, oldHash))) {
            errors.put("current", "That is not your current password.");
        }
        PasswordRules.check(username, password, confirm, errors);
        if (errors.isEmpty() && (password.equals(current) || hashing.run(() -> AdminUser.passwordMatchesHash(password, oldHash)))) {
            errors.put("password", "Choose a password you have not used here before.");
        }
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
            AdminAudit.record(OffsetDateTime.now(clock), me.username, AdminAudit.Action.PASSWORD_CHANGED, me.username);
            return true;
        });
        if (!changed) {
            errors.put("current", "Your password was changed elsewhere at the same moment. Sign in again.");
        }
        return errors;
    }

    /** Ends every session of this admin, on every replica (sign-out). */
    public void endSessions(String username) {
        QuarkusTransaction.requiringNew().run(() -> {
            AdminUser.endSessions(username);
            AdminAudit.record(OffsetDateTime.now(clock), username, AdminAudit.Action.SIGNED_OUT, username);
        });
    }

    /** Adds an admin; the admin adding must give their own current password again. */
    public Map<String, String> addUser(String username, String password, String confirm, String current, String actor) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!currentPasswordMatches(actor, current)) {
            errors.put("current", "That is not your current password.");
        }
        String name = username == null ? "" : username.strip();
        if (!name.matches("[A-Za-z0-9._@-]{3,60}")) {
            errors.put("username", "Use 3 to 60 letters, digits, dots, dashes, underscores or @.");
        } else if (QuarkusTransaction.requiringNew().call(() -> AdminUser.findByUsername(name).isPresent())) {
            errors.put("username", "There is already an admin with that username.");
        }
        PasswordRules.check(name, password, confirm, errors);
        if (!errors.isEmpty()) {
            return errors;
        }
        String hash = hashing.run(() -> AdminUser.hash(password));
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                AdminUser.createWithHash(name, hash, actor);
                AdminAudit.record(OffsetDateTime.now(clock), actor, AdminAudit.Action.ADDED, name);
            });
        } catch (RuntimeException e) {
            if (!QuarkusTransaction.requiringNew().call(() -> AdminUser.findByUsername(name).isPresent())) {
                throw e;
            }
            errors.put("username", "There is already an admin with that username.");
        }
        return errors;
    }

    /**
     * Disables or re-enables an admin; disabling ends their sessions. Never oneself, and never the last enabled
     * admin: every admin row is locked first, so two admins disabling each other at once cannot both succeed.
     * Returns the refusal, or nothing.
     */
    public Optional<String> setEnabled(long id, boolean enabled, String actor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<AdminUser> all = AdminUser.lockAll();
            AdminUser target = all.stream().filter(u -> u.id == id).findFirst().orElse(null);
            if (target == null) {
                return Optional.of("There is no such admin.");
            }
            if (target.username.equalsIgnoreCase(actor)) {
                return Optional.of("You cannot " + (enabled ? "enable" : "disable") + " your own account.");
            }
            if (enabled == (target.disabledAt == null)) {
                return Optional.<String>empty();
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (enabled) {
                target.disabledAt = null;
                target.disabledBy = null;
            } else {
                if (all.stream().filter(u -> u.disabledAt == null).count() <= 1) {
                    return Optional.of("The last enabled admin cannot be disabled.");
                }
                target.disabledAt = now;
                target.disabledBy = actor;
            }
            target.sessionVersion++;
            AdminAudit.record(now, actor, enabled ? AdminAudit.Action.ENABLED : AdminAudit.Action.DISABLED, target.username);
            return Optional.<String>empty();
        });
    }
}
