package careeratlas.platform;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * In production ({@code app.session-key.required=true}) the site does not start without a session key of at
 * least {@value #MIN_LENGTH} characters in QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY: a key made up at start would
 * differ on every replica (sessions and CSRF tokens working on one only) and be lost on every restart. The
 * message names the variable, never the value.
 */
@ApplicationScoped
public class SessionKeyCheck {

    public static final int MIN_LENGTH = 32;

    @ConfigProperty(name = "app.session-key.required", defaultValue = "false")
    boolean required;

    @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
    Optional<String> key;

    void onStart(@Observes @jakarta.annotation.Priority(1) StartupEvent event) {
        problem(required, key).ifPresent(p -> {
            throw new IllegalStateException(p);
        });
    }

    /** Why this configuration may not start, or nothing. */
    public static Optional<String> problem(boolean required, Optional<String> key) {
        if (!required) {
            return Optional.empty();
        }
        if (key.isEmpty() || key.get().isBlank()) {
            return Optional.of("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY is not set: set the same random value of at least "
                    + MIN_LENGTH + " characters on every replica (see README.md, Security).");
        }
        if (key.get().strip().length() < MIN_LENGTH) {
            return Optional.of("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY is shorter than " + MIN_LENGTH
                    + " characters: use a random value of at least " + MIN_LENGTH + " characters.");
        }
        return Optional.empty();
    }
}
