package careeratlas.roles;

import careeratlas.compare.Comparison;
import careeratlas.jobs.JobCard;
import careeratlas.salaries.Stats;

import java.util.List;

/** A role page: the role's profile, the comparisons that include it and the sidebar. */
public record RolePage(RoleProfile profile, long openJobs, Stats salary, List<Comparison> comparisons,
                       List<JobCard> featured) {

    /** The other role of a comparison that includes this one. */
    public Role other(Comparison c) {
        return c.roleA.id.equals(profile.role().id) ? c.roleB : c.roleA;
    }
}
