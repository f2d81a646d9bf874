package careeratlas.catalog;

import careeratlas.platform.Urls;

import java.util.Optional;

/** The {@code a-vs-b} part of a comparison URL. Canonical order: the two slugs sorted alphabetically. */
public record ComparisonPath(String first, String second) {

    static final String SEPARATOR = Urls.COMPARISON_SEPARATOR;

    /** Splits {@code a-vs-b}; empty when the text does not hold exactly one separator between two slugs. */
    public static Optional<ComparisonPath> parse(String text) {
        int at = text.indexOf(SEPARATOR);
        if (at <= 0 || text.indexOf(SEPARATOR, at + 1) >= 0 || at + SEPARATOR.length() >= text.length()) {
            return Optional.empty();
        }
        return Optional.of(new ComparisonPath(text.substring(0, at), text.substring(at + SEPARATOR.length())));
    }

    public boolean isCanonical() {
        return first.compareTo(second) < 0;
    }

    public ComparisonPath canonical() {
        return isCanonical() ? this : new ComparisonPath(second, first);
    }

    /** The canonical address of this pair. */
    public String url() {
        return Urls.comparison(first, second);
    }
}
