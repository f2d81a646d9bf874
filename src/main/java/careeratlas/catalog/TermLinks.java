package careeratlas.catalog;

import careeratlas.platform.LinkedText;
import careeratlas.platform.Urls;
import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Links the skills and tools that role and comparison texts name to their pages, computed from the vocabulary
 * (names and aliases), not placed by hand: the first mention of each term on a page is linked, later ones are not.
 * The linked texts are kept per page until the catalog changes.
 */
@ApplicationScoped
public class TermLinks {

    public static final String FINDER_CACHE = "term-finder";
    public static final String LINKED_CACHE = "linked-texts";

    @Inject
    SkillCatalog skills;

    @CacheResult(cacheName = FINDER_CACHE)
    public TermFinder finder() {
        return TermFinder.of(skills.vocabulary());
    }

    /**
     * One page's texts, as sections of blocks (paragraphs, list items) in reading order, each term linked at its
     * first mention on the page. {@code page} names the page for the cache; the texts are only read when it misses.
     */
    @CacheResult(cacheName = LINKED_CACHE)
    public List<List<LinkedText>> linked(@CacheKey String page, Supplier<List<List<String>>> texts) {
        TermFinder finder = finder();
        Set<String> done = new HashSet<>();
        List<List<LinkedText>> sections = new ArrayList<>();
        for (List<String> section : texts.get()) {
            List<LinkedText> result = new ArrayList<>(section.size());
            for (String block : section) {
                List<LinkedText.Link> links = new ArrayList<>();
                for (TermFinder.Match m : finder.find(block)) {
                    Vocabulary.Term term = m.term();
                    if (done.add(term.kind() + ":" + term.slug())) {
                        links.add(new LinkedText.Link(m.start(), m.end(), term.kind() == Vocabulary.Kind.SKILL
                                ? Urls.skill(term.slug()) : Urls.tool(term.slug())));
                    }
                }
                result.add(LinkedText.of(block, links));
            }
            sections.add(List.copyOf(result));
        }
        return List.copyOf(sections);
    }
}
