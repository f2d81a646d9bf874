package careeratlas.paths;

import careeratlas.catalog.RoleSummary;
import careeratlas.catalog.TransitionSummary;
import careeratlas.catalog.Vocabulary.Need;
import careeratlas.jobs.JobListing;
import careeratlas.platform.Urls;
import careeratlas.salaries.Stats;
import careeratlas.sidebar.FeaturedJob;

import java.util.List;

/**
 * The move from one role to another: the editors' text or a generated one, what carries over and what to learn (in
 * the target role's order of weight), the pay on both sides, the roles in between and the target's open jobs.
 * {@code fit} is the share of the target role the first role already covers.
 */
public record TransitionPage(RoleSummary from, RoleSummary to, TransitionSummary curated, List<Learn> learn,
                             List<String> paragraphs,
                             Fit fit, Stats payFrom, Stats payTo, List<Step> steps, long openJobs,
                             List<JobListing> jobs, List<FeaturedJob> featured, int roleCount) {

    /** One move of the path, with its skill distance; {@code joined} unless no chain of close roles links the ends. */
    public record Step(RoleSummary from, RoleSummary to, double distance, boolean joined) {
        public String url() {
            return Urls.transition(from.slug(), to.slug());
        }

        public int percentShared() {
            return (int) Math.round((1 - distance) * 100);
        }
    }

    /** How many closest roles each role is joined to in the graph. */
    public int neighbours() {
        return RoleGraph.NEIGHBOURS;
    }

    public boolean isCurated() {
        return curated != null;
    }

    public List<Need> have() {
        return fit.covered();
    }

    /** A skill or tool to learn, with how many of the target role's open jobs ask for it. */
    public record Learn(Need need, long jobs) {
    }

    /** The roles strictly between the two ends of the path. */
    public List<RoleSummary> between() {
        return steps.subList(0, steps.size() - 1).stream().map(Step::to).toList();
    }

    /** True when no chain of close roles links the two: the path is a direct jump. */
    public boolean unlinked() {
        return steps.size() == 1 && !steps.get(0).joined();
    }

    public String title() {
        return "From " + from.name() + " to " + to.name();
    }

    public String path() {
        return Urls.transition(from.slug(), to.slug());
    }

    public String reverseUrl() {
        return Urls.transition(to.slug(), from.slug());
    }

    public String comparisonUrl() {
        return Urls.comparison(from.slug(), to.slug());
    }

    public String description() {
        return isCurated() ? curated.summary()
                : "Moving from " + from.name() + " to " + to.name() + ": the skills and tools that carry over, what "
                        + "to learn first, the pay on both sides and the roles in between.";
    }

    /** The difference of the survey medians (after minus before), when both are reliable. */
    public boolean payComparable() {
        return payFrom.reliable() && payTo.reliable();
    }

    public double payDifference() {
        return payTo.p50() - payFrom.p50();
    }

    public double payDifferenceAbs() {
        return Math.abs(payDifference());
    }
}
