package careeratlas.admin;

import careeratlas.platform.ServiceBusyException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;

/**
 * Checks admin sign-ins against the bcrypt hashes in PostgreSQL, records every attempt and enforces the lockout.
 * A locked username answers exactly like a wrong password, so nobody learns which usernames exist.
 */
@ApplicationScoped
public class AdminIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(AdminIdentityProvider.class);
    /**
     * A bcrypt hash (same cost as the stored ones) of 32 random bytes that were thrown away: checking a password
     * against it for unknown usernames costs as much time as a real check, so timing does not tell which usernames
     * exist. It is a constant because hashing it at start-up took a quarter of a second on the event loop, in
     * the first request after every start.
     */
    static final String DUMMY_HASH = "$2a$12$xb4NDhvojwNNFKs80cevVOIaaGBDo.1KqALSRVohmQ96yHMJSJMee";

    @jakarta.inject.Inject
    java.time.Clock clock;

    @jakarta.inject.Inject
    SignInThrottle throttle;

    @jakarta.inject.Inject
    PasswordHashing hashing;

    @jakarta.inject.Inject
    SignInBlocks blocks;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String remote = routing == null || routing.request().remoteAddress() == null ? null
                : routing.request().remoteAddress().hostAddress();
        return context.runBlocking(() -> check(request.getUsername(), new String(request.getPassword().getPassword()), remote));
    }

    /**
     * The username as the attempt log may keep it: at most 100 characters, control characters and anything
     * PostgreSQL would refuse (NUL) replaced by '?'. A username with them can match no admin.
     */
    static String recordable(String username) {
        String cut = username.length() > 100 ? username.substring(0, 100) : username;
        StringBuilder b = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> b.appendCodePoint(c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE ? '?' : c));
        return b.toString();
    }

    /** What the short first transaction found: the claim and, when a check may run, the stored hash. */
    private record Prepared(SignInThrottle.Claim claim, AdminUser.Credentials user) {
    }

    /**
     * Claims a check in one short transaction, hashes on the bounded pool with no connection held, then records
     * the outcome in a second short transaction. A locked username (or an unknown one) is checked against
     * {@link #DUMMY_HASH}: same work, same time, same answer as a wrong password.
     */
    SecurityIdentity check(String rawUsername, String password, String remote) {
        String username = rawUsername == null ? "" : rawUsername.strip();
        String recordedName = recordable(username);
        boolean recordable = recordedName.equals(username);
        Prepared prepared = QuarkusTransaction.requiringNew().call(() -> {
            SignInThrottle.Claim claim = throttle.claim(recordedName, remote);
            if (claim.verdict() == SignInThrottle.Verdict.THROTTLED) {
                LoginAttempt.record(OffsetDateTime.now(clock), recordedName, LoginAttempt.Outcome.THROTTLED, remote);
                return new Prepared(claim, null);
            }
            AdminUser.Credentials user = claim.verdict() == SignInThrottle.Verdict.CHECK && recordable
                    ? AdminUser.credentials(username).orElse(null) : null;
            return new Prepared(claim, user);
        });
        SignInThrottle.Claim claim = prepared.claim();
        // Further attempts of a client that is backing off are answered by SignInFormGuard from memory; a client that
        // is not (any more) is forgotten there.
        blocks.block(claim.client(), claim.blockedUntil());
        if (claim.verdict() == SignInThrottle.Verdict.THROTTLED) {
            LOG.infof("Throttled admin sign-in for \"%s\" from %s", recordedName, remote);
            throw new SignInThrottled(claim.retryAfter());
        }
        boolean matches;
        try {
            matches = hashing.run(() -> {
                if (prepared.user() == null) {
                    AdminUser.passwordMatchesHash(password, DUMMY_HASH);
                    return false;
                }
                return AdminUser.passwordMatchesHash(password, prepared.user().hash());
            });
        } catch (ServiceBusyException e) {
            QuarkusTransaction.requiringNew().run(() -> {
                if (claim.verdict() == SignInThrottle.Verdict.CHECK) {
                    throttle.unused(claim);
                }
                LoginAttempt.record(OffsetDateTime.now(clock), recordedName, LoginAttempt.Outcome.BUSY, remote);
            });
            throw e;
        }
        boolean ok = matches && claim.verdict() == SignInThrottle.Verdict.CHECK;
        LoginAttempt.Outcome outcome = ok ? LoginAttempt.Outcome.SUCCESS
                : claim.verdict() == SignInThrottle.Verdict.LOCKED ? LoginAttempt.Outcome.LOCKED : LoginAttempt.Outcome.FAILURE;
        OffsetDateTime now = OffsetDateTime.now(clock);
        QuarkusTransaction.requiringNew().run(() -> {
            LoginAttempt.record(now, recordedName, outcome, remote);
            if (ok) {
                throttle.succeeded(claim);
                blocks.block(claim.client(), null);
                AdminUser.signedIn(prepared.user().username(), now);
            }
        });
        if (!ok) {
            LOG.infof("Failed admin sign-in for \"%s\" from %s", recordedName, remote);
            throw new AuthenticationFailedException();
        }
        AdminUser.Credentials user = prepared.user();
        return new AdminSessionToken(user.username(), user.sessionVersion(), now.toInstant()).identity();
    }
}
