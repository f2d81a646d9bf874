package careeratlas.admin;

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

/**
 * Turns the username in a valid session cookie back into an admin identity, as long as that admin still
 * exists: removing an admin ends their sessions.
 */
@ApplicationScoped
public class AdminSessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            String username = request.getPrincipal();
            boolean exists = QuarkusTransaction.requiringNew().call(() -> AdminUser.count("username", username) > 0);
            if (!exists) {
                throw new AuthenticationFailedException();
            }
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username))
                    .addRole(AdminUser.ROLE).build();
        });
    }
}
