package careeratlas.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a page's share picture (Open Graph / Twitter card, 1200x630 PNG) shows: a kicker line, the title and up to
 * two figures, each optionally in the colour and shape of role A or role B. Its {@link #hash()} names the picture's
 * address, so a changed figure gets a new address and the old one can be cached for a year.
 */
public record ShareCard(String kicker, String title, List<Figure> figures) {

    /** Bumped when the drawing changes, so every picture gets a new address. */
    static final int DESIGN = 1;

    /** {@code series}: "a", "b" or "" (no role colour). */
    public record Figure(String label, String value, String series) {
    }

    public ShareCard {
        figures = List.copyOf(figures);
    }

    public String hash() {
        StringBuilder s = new StringBuilder().append(DESIGN).append('\n').append(kicker).append('\n').append(title);
        for (Figure f : figures) {
            s.append('\n').append(f.label()).append('\t').append(f.value()).append('\t').append(f.series());
        }
        return Hashes.sha256Hex(s.toString().getBytes(StandardCharsets.UTF_8), 6);
    }
}
