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
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signed, expiring tokens for links in e-mails and for hidden form fields: {@code payload.expiry.hmac}, all
 * URL-safe. The key is APP_SIGNING_KEY, else the session encryption key; without either (never configured in
 * production by default) a random key is made at start and tokens are valid on this instance only.
 */
@ApplicationScoped
public class Signatures {

    private static final Logger LOG = Logger.getLogger(Signatures.class);
    private static final Pattern TOKEN = Pattern.compile("([A-Za-z0-9_-]{1,400})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})");

    private final byte[] key;

    Signatures(@ConfigProperty(name = "app.signing-key") Optional<String> signingKey,
               @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> sessionKey) {
        Optional<String> configured = signingKey.filter(k -> !k.isBlank())
                .or(() -> sessionKey.filter(k -> !k.isBlank()).map(k -> "links:" + k));
        if (configured.isPresent()) {
            key = configured.get().getBytes(StandardCharsets.UTF_8);
        } else {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
            LOG.warn("No APP_SIGNING_KEY set: links in e-mails are valid on this instance, until it restarts.");
        }
    }

    /** A token that carries {@code payload} for {@code purpose} until {@code expires}. */
    public String sign(String purpose, String payload, Instant expires) {
        String data = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        String expiry = Long.toString(expires.getEpochSecond());
        return data + "." + expiry + "." + mac(purpose + "|" + data + "|" + expiry);
    }

    /** The payload of a token signed for {@code purpose} that has not expired at {@code now}; empty otherwise. */
    public Optional<String> verify(String purpose, String token, Instant now) {
        Checked checked = check(purpose, token, now);
        return checked.status() == Status.VALID ? Optional.of(checked.payload()) : Optional.empty();
    }

    /** What a token turned out to be: signed by us for the purpose and still valid, signed but expired, or neither. */
    public enum Status { VALID, EXPIRED, INVALID }

    /** The outcome of {@link #check}; the payload is set only when the token is {@link Status#VALID}. */
    public record Checked(Status status, String payload) {
    }

    /**
     * Like {@link #verify}, but tells an expired token (our signature, past its time: "ask for a new link") from one
     * that is damaged, forged or made for another purpose.
     */
    public Checked check(String purpose, String token, Instant now) {
        Checked invalid = new Checked(Status.INVALID, null);
        if (token == null) {
            return invalid;
        }
        Matcher m = TOKEN.matcher(token);
        if (!m.matches()) {
            return invalid;
        }
        String expected = mac(purpose + "|" + m.group(1) + "|" + m.group(2));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), m.group(3).getBytes(StandardCharsets.US_ASCII))) {
            return invalid;
        }
        String payload;
        try {
            payload = new String(Base64.getUrlDecoder().decode(m.group(1)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return invalid;
        }
        return Long.parseLong(m.group(2)) < now.getEpochSecond() ? new Checked(Status.EXPIRED, null)
                : new Checked(Status.VALID, payload);
    }

    private String mac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
