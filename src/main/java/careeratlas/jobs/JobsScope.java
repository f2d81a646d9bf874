package careeratlas.jobs;

import careeratlas.platform.CacheScope;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/** Jobs, companies and the jobs' skill and tool tags: the open-job counts and what the jobs ask for. */
@ApplicationScoped
@Unremovable // found through Instance<CacheScope>
public class JobsScope implements CacheScope {

    @Override
    public Set<String> tables() {
        return Set.of("job", "company", "job_skill", "job_tool");
    }

    @Override
    public Set<String> caches() {
        return Set.of(OpenCounts.CACHE, OpenCounts.DEMAND_CACHE, BoardCounts.CACHE);
    }

    @Override
    public boolean coversPage(String path) {
        return true; // the board's facets and the skill and tool pages count the tags
    }
}
