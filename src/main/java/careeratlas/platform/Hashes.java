package careeratlas.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 fingerprints, as hex, for ETags, fingerprinted asset names and stored tokens. */
public final class Hashes {

    private Hashes() {
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The first {@code bytes} bytes of the SHA-256 of the text (UTF-8), as hex. */
    public static String sha256Hex(String text, int bytes) {
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)), 0, bytes);
    }

    public static String sha256Hex(byte[] data, int bytes) {
        return HexFormat.of().formatHex(sha256(data), 0, bytes);
    }
}
