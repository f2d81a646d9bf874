package careeratlas.platform;

import java.util.Optional;

/**
 * A feature that has share pictures: {@code /share/{kind}/{slug}.{hash}.png}. The feature builds the same
 * {@link ShareCard} for its page (to name the picture) and here (to draw it), so any replica can answer.
 */
public interface ShareCardSource {

    /** The address segment: "compare", "roles", "salaries". */
    String kind();

    /** The card of the page with this slug; empty when there is no such page. */
    Optional<ShareCard> card(String slug);
}
