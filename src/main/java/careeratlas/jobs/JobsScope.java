package careeratlas.jobs;

import careeratlas.platform.CacheScope;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/** Jobs and companies: the open-job counts and what the jobs ask for (the rendered pages go with the sidebar's scope). */
@ApplicationScoped
@Unremovable // found through Instance<CacheScope>
public class JobsScope implements CacheScope {

    @Override
    public Set<String> tables() {
        return Set.of("job", "company");
    }

    @Override
    public Set<String> caches() {
        return Set.of(OpenCounts.CACHE, OpenCounts.DEMAND_CACHE);
    }

    @Override
    public boolean coversPage(String path) {
        return false;
    }
}
