package careeratlas.admin;

import careeratlas.platform.DatabaseUnavailable;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Turns a valid session cookie back into an admin identity on every request, as long as the session is still
 * good: the admin exists and is enabled, the session's version is the admin's current one (sign-out, a password
 * change and disabling raise it, on every replica at once), and the sign-in is younger than the absolute
 * lifetime ({@code app.admin.session.absolute-lifetime}, 12 hours) whatever the idle timeout allows.
 */
@ApplicationScoped
public class AdminSessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(AdminSessionIdentityProvider.class);

    @Inject
    Clock clock;

    @ConfigProperty(name = "app.admin.session.absolute-lifetime", defaultValue = "PT12H")
    Duration absoluteLifetime;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        Optional<AdminSessionToken> token = AdminSessionToken.parse(request.getPrincipal());
        if (token.isEmpty() || !token.get().signedInAt().plus(absoluteLifetime).isAfter(clock.instant())
                || token.get().signedInAt().isAfter(clock.instant().plusSeconds(60))) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return context.runBlocking(() -> {
            if (!stillValid(token.get())) {
                throw new AuthenticationFailedException();
            }
            return token.get().identity();
        });
    }

    /**
     * Whether the session was not revoked. While the database cannot be reached the session cookie (encrypted
     * with our key, so only a real sign-in made it, and younger than the absolute lifetime) is trusted on its own:
     * the admin can still open a form, and saving it fails with a clear message instead of a sign-in page that
     * would lose what was typed.
     */
    private static boolean stillValid(AdminSessionToken token) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> AdminUser.sessionVersion(token.username())
                    .map(v -> v == token.version()).orElse(false));
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                LOG.debugf("Database unavailable; trusting the session of %s", token.username());
                return true;
            }
            throw e;
        }
    }
}
