package careeratlas.skills;

import careeratlas.catalog.ComparisonSummary;
import careeratlas.catalog.RoleSummary;
import careeratlas.catalog.Vocabulary;
import careeratlas.catalog.Vocabulary.Kind;
import careeratlas.catalog.Vocabulary.Need;
import careeratlas.catalog.Vocabulary.RoleNeeds;
import careeratlas.catalog.Vocabulary.Term;
import careeratlas.jobs.JobFilter;
import careeratlas.jobs.JobListing;
import careeratlas.platform.Urls;
import careeratlas.sidebar.FeaturedJob;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A skill's or a tool's page: what it is, the roles that ask for it (most central first) with their open jobs, and
 * the editors' comparisons where it separates the two roles (one asks for it, the other does not).
 */
public record TermPage(Term term, List<RoleUse> roles, long openJobs, List<JobListing> newestJobs, String jobsUrl,
                       List<Separation> separations, List<FeaturedJob> featured) {

    /** One role that asks for the term: where it stands in the role's list, and the role's open jobs. */
    public record RoleUse(RoleSummary role, Need need, int listed, long openJobs) {
        public boolean core() {
            return need.core();
        }

        /** The board with the role's open jobs that ask for the term. */
        public String jobsUrl() {
            return (need.kind() == Kind.SKILL ? JobFilter.forRoleAndTerm(role.slug(), need.slug(), null)
                    : JobFilter.forRoleAndTerm(role.slug(), null, need.slug())).url(1);
        }

        /** "Core: skill 2 of 7", "Useful: skill 6 of 7", "Tool 3 of 12". */
        public String centrality() {
            if (need.kind() == Kind.TOOL) {
                return "Tool " + need.rank() + " of " + listed;
            }
            return (core() ? "Core" : "Useful") + ": skill " + need.rank() + " of " + listed;
        }
    }

    /** A curated comparison where one role asks for the term and the other does not. */
    public record Separation(ComparisonSummary comparison, String withName, String withoutName) {
    }

    /** How many of a role's first skills count as core. */
    public int coreSkills() {
        return Vocabulary.CORE_SKILLS;
    }

    public boolean skill() {
        return term.kind() == Kind.SKILL;
    }

    public String path() {
        return skill() ? Urls.skill(term.slug()) : Urls.tool(term.slug());
    }

    public String title() {
        return term.name() + (skill() ? ": the skill, the roles that need it and their jobs"
                : ": the tool, the roles that use it and their jobs");
    }

    public String description() {
        String d = term.description();
        if (d.length() <= 155) {
            return d;
        }
        int cut = d.lastIndexOf(' ', 152);
        return d.substring(0, cut > 0 ? cut : 152) + "…";
    }

    public int coreCount() {
        return (int) roles.stream().filter(RoleUse::core).count();
    }

    /** The roles that ask for the term (core ones first, then by place in the role's list, then by name). */
    static List<RoleUse> uses(Vocabulary vocabulary, Term term, Map<Long, Long> openJobs) {
        return vocabulary.roles().stream()
                .flatMap(r -> needOf(r, term).map(n -> new RoleUse(r.role(), n, list(r, term.kind()).size(),
                        openJobs.getOrDefault(r.role().id(), 0L))).stream())
                .sorted(Comparator.comparing((RoleUse u) -> !u.core()).thenComparingInt(u -> u.need().rank())
                        .thenComparing(u -> u.role().name()))
                .toList();
    }

    /** The comparisons whose two roles differ on the term, in the comparisons' order. */
    static List<Separation> separations(List<RoleUse> uses, List<ComparisonSummary> comparisons) {
        Set<String> with = uses.stream().map(u -> u.role().slug()).collect(Collectors.toSet());
        return comparisons.stream().filter(c -> with.contains(c.slugA()) != with.contains(c.slugB()))
                .map(c -> with.contains(c.slugA()) ? new Separation(c, c.nameA(), c.nameB())
                        : new Separation(c, c.nameB(), c.nameA()))
                .toList();
    }

    private static Optional<Need> needOf(RoleNeeds role, Term term) {
        return list(role, term.kind()).stream().filter(n -> n.slug().equals(term.slug())).findFirst();
    }

    private static List<Need> list(RoleNeeds role, Kind kind) {
        return kind == Kind.SKILL ? role.skills() : role.tools();
    }
}
