package careeratlas.jobs;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How many open jobs each role has, as role, comparison and skill pages show it: kept per set of roles and day (a
 * job closes at the end of its last day), and dropped with any change to jobs ({@link JobsScope}).
 */
@ApplicationScoped
public class OpenCounts {

    public static final String CACHE = "open-counts";

    @Inject
    JobQueries queries;

    public static final String DEMAND_CACHE = "role-demand";

    @Inject
    JobTags tags;

    @CacheResult(cacheName = CACHE)
    public Map<Long, Long> of(List<Long> roleIds, LocalDate today) {
        return Map.copyOf(queries.openCountsByRole(roleIds));
    }

    /** How many jobs are open, per day. */
    @CacheResult(cacheName = CACHE)
    public Long total(LocalDate today) {
        return queries.openTotal();
    }

    /** How many of the role's open jobs ask for each skill and tool ({@link JobTags#demandOfRole}), per day. */
    @CacheResult(cacheName = DEMAND_CACHE)
    public Map<String, Long> demand(long roleId, LocalDate today) {
        return tags.demandOfRole(roleId);
    }
}
