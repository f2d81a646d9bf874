package careeratlas.paths;

import careeratlas.catalog.RoleSummary;
import careeratlas.catalog.Vocabulary;
import careeratlas.catalog.Vocabulary.Kind;
import careeratlas.catalog.Vocabulary.Need;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How much of a role someone already covers: the weighted share of the role's skills and tools they have. A core
 * skill (among the role's first {@link Vocabulary#CORE_SKILLS}) weighs {@value #CORE_WEIGHT}; every other skill and
 * every tool weighs {@value #USEFUL_WEIGHT}. {@code covered} and {@code missing} are in the role's order of weight:
 * core skills, then its other skills, then its tools.
 */
public record Fit(RoleSummary role, int coveredWeight, int totalWeight, List<Need> covered, List<Need> missing) {

    static final int CORE_WEIGHT = 2;
    static final int USEFUL_WEIGHT = 1;

    static int weight(Need n) {
        return n.core() ? CORE_WEIGHT : USEFUL_WEIGHT;
    }

    /** The role's needs by weight: core skills first, then the other skills, then tools, each in the role's order. */
    static List<Need> byWeight(Vocabulary.RoleNeeds role) {
        return Stream.concat(role.skills().stream(), role.tools().stream())
                .sorted(Comparator.comparingInt((Need n) -> -weight(n))
                        .thenComparing(n -> n.kind() == Kind.TOOL).thenComparingInt(Need::rank))
                .toList();
    }

    static Fit of(Vocabulary.RoleNeeds role, Set<String> skills, Set<String> tools) {
        List<Need> all = byWeight(role);
        List<Need> covered = all.stream().filter(n -> has(n, skills, tools)).toList();
        List<Need> missing = all.stream().filter(n -> !has(n, skills, tools)).toList();
        return new Fit(role.role(), covered.stream().mapToInt(Fit::weight).sum(),
                all.stream().mapToInt(Fit::weight).sum(), covered, missing);
    }

    /** Every role, best fit first (ties by name). */
    static List<Fit> rank(Vocabulary vocabulary, Set<String> skills, Set<String> tools) {
        return vocabulary.roles().stream().map(r -> of(r, skills, tools))
                .sorted(Comparator.comparingDouble(Fit::share).reversed().thenComparing(f -> f.role().name()))
                .toList();
    }

    private static boolean has(Need n, Set<String> skills, Set<String> tools) {
        return (n.kind() == Kind.SKILL ? skills : tools).contains(n.slug());
    }

    public double share() {
        return totalWeight == 0 ? 0 : (double) coveredWeight / totalWeight;
    }

    /** The share as a whole percentage, rounded half up. */
    public int percent() {
        return (int) Math.round(share() * 100);
    }
}
