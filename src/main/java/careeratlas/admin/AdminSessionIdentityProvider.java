package careeratlas.admin;

import careeratlas.platform.AdminRole;
import careeratlas.platform.DatabaseUnavailable;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Turns the username in a valid session cookie back into an admin identity, as long as that admin still
 * exists: removing an admin ends their sessions.
 */
@ApplicationScoped
public class AdminSessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(AdminSessionIdentityProvider.class);

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            String username = request.getPrincipal();
            if (!stillAnAdmin(username)) {
                throw new AuthenticationFailedException();
            }
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username))
                    .addRole(AdminRole.NAME).build();
        });
    }

    /**
     * Whether the admin still exists. While the database cannot be reached the session cookie (encrypted with our
     * key, so only a real sign-in made it) is trusted on its own: the admin can still open a form, and saving it
     * fails with a clear message instead of a sign-in page that would lose what was typed.
     */
    private static boolean stillAnAdmin(String username) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> AdminUser.count("username", username) > 0);
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                LOG.debugf("Database unavailable; trusting the session of %s", username);
                return true;
            }
            throw e;
        }
    }
}
