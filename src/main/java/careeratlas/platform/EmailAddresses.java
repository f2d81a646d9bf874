package careeratlas.platform;

import java.util.Locale;
import java.util.regex.Pattern;

/** The e-mail addresses the site's public forms accept, and the one form in which they are stored and compared. */
public final class EmailAddresses {

    /** Something, an @, a domain with a dot and a top-level name: strict enough to catch typos, no more. */
    public static final Pattern PATTERN = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[A-Za-z]{2,63}");
    public static final int MAX_LENGTH = 254;

    private EmailAddresses() {
    }

    /** Whether the (stripped) text is an address a form accepts. */
    public static boolean valid(String address) {
        return address != null && address.length() <= MAX_LENGTH && PATTERN.matcher(address).matches();
    }

    /** Stripped and in lower case, as addresses are stored and compared. */
    public static String normal(String address) {
        return address == null ? null : address.strip().toLowerCase(Locale.ROOT);
    }
}
