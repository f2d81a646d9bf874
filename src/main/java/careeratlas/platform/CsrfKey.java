package careeratlas.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Signs and checks CSRF tokens with HMAC-SHA256. The key comes from the session encryption key
 * (QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY), so every replica accepts the tokens of the others; without it a
 * random key is made at start.
 */
@ApplicationScoped
public class CsrfKey {

    private static final Logger LOG = Logger.getLogger(CsrfKey.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final byte[] key;

    private final boolean secureCookies;

    CsrfKey(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> configured,
            @ConfigProperty(name = "app.secure-cookies", defaultValue = "false") boolean secureCookies) {
        this.secureCookies = secureCookies;
        if (configured.isPresent() && !configured.get().isBlank()) {
            key = ("csrf:" + configured.get()).getBytes(StandardCharsets.UTF_8);
        } else {
            key = new byte[32];
            RANDOM.nextBytes(key);
            LOG.info("No QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY set: CSRF tokens and sessions are valid on this instance only.");
        }
    }

    /** The CSRF cookie's name: {@code __Host-csrf-token} when cookies are Secure (only this host, path /, TLS). */
    public String cookieName() {
        return secureCookies ? Csrf.SECURE_COOKIE : Csrf.COOKIE;
    }

    boolean secureCookies() {
        return secureCookies;
    }

    /** What a token is bound to: the signed-in admin's session record, or the anonymous state before sign-in. */
    public static String binding(io.quarkus.security.identity.SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? "anonymous" : "session:" + identity.getPrincipal().getName();
    }

    static String randomValue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean wellFormed(String value) {
        return VALUE.matcher(value).matches();
    }

    String sign(String value, String binding) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(value.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '\n');
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(binding.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** True when {@code token} is the signature of the browser's cookie value in this session. */
    public boolean matches(String cookieValue, String binding, String token) {
        if (cookieValue == null || token == null || !wellFormed(cookieValue) || token.length() > 100) {
            return false;
        }
        return MessageDigest.isEqual(sign(cookieValue, binding).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }
}
