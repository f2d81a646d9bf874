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

    CsrfKey(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> configured) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            key = ("csrf:" + configured.get()).getBytes(StandardCharsets.UTF_8);
        } else {
            key = new byte[32];
            RANDOM.nextBytes(key);
            LOG.info("No QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY set: CSRF tokens and sessions are valid on this instance only.");
        }
    }

    static String randomValue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean wellFormed(String value) {
        return VALUE.matcher(value).matches();
    }

    String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** True when {@code token} is the signature of the browser's cookie value. */
    boolean matches(String cookieValue, String token) {
        if (cookieValue == null || token == null || !wellFormed(cookieValue)) {
            return false;
        }
        return MessageDigest.isEqual(sign(cookieValue).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }
}
