package careeratlas.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a new admin password must be: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES} bytes
 * in UTF-8 (bcrypt ignores every byte past the 72nd), not the username, and not one of the 100,000 most common
 * passwords of nbvcxz's ranked list (compared without regard to case). Whether it differs from the old password
 * is checked against the old hash by {@link AdminAccounts}.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    /** nbvcxz's list, most common first; it ships inside the library's jar. */
    static final String LIST = "/dictionaries/passwords.txt";
    private static final int[] LIST_SIZE = new int[1];
    /** Only entries a password could equal after the length rule: those of at least 12 characters. */
    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    static int listSize() {
        return LIST_SIZE[0];
    }

    private static Set<String> load() {
        Set<String> common = new HashSet<>();
        try (InputStream in = PasswordRules.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("The common-password list " + LIST + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int count = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.strip();
                if (!word.isEmpty()) {
                    count++;
                    if (word.length() >= MIN_LENGTH) {
                        common.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            }
            LIST_SIZE[0] = count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(common);
    }

    static boolean common(String password) {
        return COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    /** Adds the form's errors for this new password of {@code username}. */
    static void check(String username, String password, String confirm, Map<String, String> errors) {
        if (password == null || password.length() < MIN_LENGTH) {
            errors.put("password", "Use at least " + MIN_LENGTH + " characters.");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            errors.put("password", "Use at most " + MAX_BYTES + " bytes (72 letters without accents, fewer with them).");
        } else if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            errors.put("password", "The password may not be the username.");
        } else if (common(password)) {
            errors.put("password", "That is one of the most common passwords. Choose another.");
        } else if (!password.equals(confirm)) {
            errors.put("confirm", "The two passwords are not the same.");
        }
    }
}
