package careeratlas.jobs;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

/**
 * The featured-jobs sidebar shown on every content page. It is read once per set of roles and kept until the
 * content changes (or for a few minutes, since featuring ends with a date).
 */
@ApplicationScoped
@Unremovable // looked up by the static methods
public class FeaturedJobs {

    static final String CACHE = "featured-jobs";

    /** Featured jobs, those for the given roles first. */
    public static List<JobCard> forRoles(Collection<Long> roleIds) {
        return forRoles(roleIds, -1);
    }

    /** Featured jobs, those for the given roles first, leaving out the job the page is about. */
    public static List<JobCard> forRoles(Collection<Long> roleIds, long exceptJobId) {
        return Arc.container().instance(FeaturedJobs.class).get()
                .read(roleIds.stream().sorted().distinct().toList(), exceptJobId);
    }

    public static List<JobCard> any() {
        return forRoles(List.of());
    }

    @CacheResult(cacheName = CACHE)
    List<JobCard> read(List<Long> roleIds, long exceptJobId) {
        return Job.featured(roleIds, exceptJobId).stream().map(JobCard::of).toList();
    }
}
