package careeratlas.compare;

import careeratlas.catalog.ComparisonPath;
import careeratlas.platform.ShareCard;
import careeratlas.platform.ShareCardSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** Share pictures of comparisons: {@code /share/compare/{a}-vs-{b}.{hash}.png}. */
@ApplicationScoped
public class CompareShareCards implements ShareCardSource {

    @Inject
    ComparisonService comparisons;

    @Override
    public String kind() {
        return "compare";
    }

    @Override
    public Optional<ShareCard> card(String slug) {
        return ComparisonPath.parse(slug).filter(ComparisonPath::isCanonical)
                .map(path -> comparisons.page(comparisons.roles(path)).shareCard());
    }
}
