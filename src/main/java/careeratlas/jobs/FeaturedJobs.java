package careeratlas.jobs;

import java.util.Collection;
import java.util.List;

/** The featured-jobs sidebar shown on every content page. */
public final class FeaturedJobs {

    private FeaturedJobs() {
    }

    /** Featured jobs, those for the given roles first. */
    public static List<JobCard> forRoles(Collection<Long> roleIds) {
        return forRoles(roleIds, -1);
    }

    /** Featured jobs, those for the given roles first, leaving out the job the page is about. */
    public static List<JobCard> forRoles(Collection<Long> roleIds, long exceptJobId) {
        return Job.featured(roleIds, exceptJobId).stream().map(JobCard::of).toList();
    }

    public static List<JobCard> any() {
        return forRoles(List.of());
    }
}
