package careeratlas.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

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

    @Transactional
    public Map<String, String> changePassword(String username, String current, String password, String confirm) {
        AdminUser me = AdminUser.findByUsername(username).orElseThrow();
        Map<String, String> errors = new LinkedHashMap<>();
        if (current == null || !me.passwordMatches(current)) {
            errors.put("current", "That is not your current password.");
        }
        passwordRules(password, confirm, errors);
        if (errors.isEmpty()) {
            me.changePassword(password);
        }
        return errors;
    }

    @Transactional
    public Map<String, String> addUser(String username, String password, String confirm, String actor) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = username == null ? "" : username.strip();
        if (!name.matches("[A-Za-z0-9._@-]{3,60}")) {
            errors.put("username", "Use 3 to 60 letters, digits, dots, dashes, underscores or @.");
        } else if (AdminUser.findByUsername(name).isPresent()) {
            errors.put("username", "There is already an admin with that username.");
        }
        passwordRules(password, confirm, errors);
        if (errors.isEmpty()) {
            AdminUser.create(name, password, actor);
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
