package careeratlas.jobs;

import java.util.Collection;
import java.util.List;

/** The featured-jobs sidebar shown on every content page. */
public final class FeaturedJobs {

    private FeaturedJobs() {
    }

    /** Featured jobs, those for the given roles first. */
    public static List<JobCard> forRoles(Collection<Long> roleIds) {
        return Job.featured(roleIds).stream().map(JobCard::of).toList();
    }

    public static List<JobCard> any() {
        return forRoles(List.of());
    }
}
