package careeratlas.platform;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs: "Senior Data Scientist @ Müller & Co." becomes "senior-data-scientist-muller-co". */
public final class Slugs {

    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    public static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+[^-]*$", "");
        }
        return slug;
    }
}
