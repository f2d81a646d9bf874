package careeratlas.jobs;

import careeratlas.platform.CacheScope;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/** The search's synonyms: they change what the board finds, so the board's kept pages go with them. */
@ApplicationScoped
@Unremovable // found through Instance<CacheScope>
public class SearchScope implements CacheScope {

    @Override
    public Set<String> tables() {
        return Set.of("search_synonym");
    }

    @Override
    public Set<String> caches() {
        return Set.of(SearchSynonyms.CACHE, BoardCounts.CACHE);
    }

    @Override
    public boolean coversPage(String path) {
        return path.startsWith("/jobs");
    }
}
