package careeratlas.admin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Creates the first admin on start when there is none, from {@code app.admin.username} and
 * {@code app.admin.password} (APP_ADMIN_USERNAME, APP_ADMIN_PASSWORD). Without them it creates nobody: the
 * production profile ships no default password.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);
    static final int MIN_PASSWORD_LENGTH = 12;

    @ConfigProperty(name = "app.admin.username")
    Optional<String> username;

    @ConfigProperty(name = "app.admin.password")
    Optional<String> password;

    void onStart(@Observes StartupEvent event) {
        if (QuarkusTransaction.requiringNew().call(() -> AdminUser.count() == 0)) {
            // Hashed before the transaction: bcrypt never runs while a connection is held.
            String hash = password.filter(p -> p.length() >= MIN_PASSWORD_LENGTH).map(AdminUser::hash).orElse(null);
            QuarkusTransaction.requiringNew().run(() -> createIfNone(hash));
        }
    }

    void createIfNone(String hash) {
        if (AdminUser.count() > 0) {
            return;
        }
        if (username.isEmpty() || password.isEmpty() || username.get().isBlank() || password.get().isBlank()) {
            LOG.warn("No admin user exists and none was configured: set APP_ADMIN_USERNAME and APP_ADMIN_PASSWORD"
                    + " (at least " + MIN_PASSWORD_LENGTH + " characters) and restart to create the first admin.");
            return;
        }
        if (password.get().length() < MIN_PASSWORD_LENGTH) {
            LOG.warn("APP_ADMIN_PASSWORD is shorter than " + MIN_PASSWORD_LENGTH + " characters: no admin was created.");
            return;
        }
        AdminUser.createWithHash(username.get().strip(), hash, "configuration");
        LOG.infof("Created the first admin user \"%s\" from the configuration.", username.get().strip());
    }
}
