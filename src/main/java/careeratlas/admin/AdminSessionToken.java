package careeratlas.admin;

import careeratlas.platform.AdminRole;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an admin session cookie carries (encrypted by Quarkus with the session key): the username, the admin's
 * session version when the session began, and when it began. A version older than the admin's current one is a
 * revoked session; a sign-in older than the absolute lifetime is an expired one, however active it was.
 */
record AdminSessionToken(String username, int version, Instant signedInAt) {

    private static final Pattern FORMAT = Pattern.compile("([A-Za-z0-9._@-]{1,100})\\|(\\d{1,9})\\|(\\d{1,13})");

    String principalName() {
        return username + "|" + version + "|" + signedInAt.toEpochMilli();
    }

    static Optional<AdminSessionToken> parse(String principalName) {
        Matcher m = principalName == null ? null : FORMAT.matcher(principalName);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new AdminSessionToken(m.group(1), Integer.parseInt(m.group(2)),
                Instant.ofEpochMilli(Long.parseLong(m.group(3)))));
    }

    SecurityIdentity identity() {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(principalName()))
                .addAttribute(AdminRole.USERNAME, username).addRole(AdminRole.NAME).build();
    }
}
