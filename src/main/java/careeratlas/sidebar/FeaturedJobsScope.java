package careeratlas.sidebar;

import careeratlas.platform.CacheScope;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/** Jobs and companies: the sidebar, and every rendered page, since every page shows the sidebar. */
@ApplicationScoped
@io.quarkus.arc.Unremovable // found through Instance<CacheScope>
public class FeaturedJobsScope implements CacheScope {

    @Override
    public Set<String> tables() {
        return Set.of("job", "company");
    }

    @Override
    public Set<String> caches() {
        return Set.of(FeaturedJobs.CACHE);
    }

    @Override
    public boolean coversPage(String path) {
        return true;
    }
}
