package careeratlas.skills;

import careeratlas.catalog.ComparisonSummary;
import careeratlas.catalog.RoleSummary;
import careeratlas.catalog.Vocabulary;
import careeratlas.catalog.Vocabulary.Kind;
import careeratlas.catalog.Vocabulary.Need;
import careeratlas.catalog.Vocabulary.Term;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which roles need a skill, how central it is to each, and which comparisons it separates: by hand. */
class TermPageTest {

    static RoleSummary role(long id, String slug, String name) {
        return new RoleSummary(id, slug, name, "", "f", "F");
    }

    static Vocabulary.RoleNeeds needs(RoleSummary r, String... skills) {
        return new Vocabulary.RoleNeeds(r, IntStream.range(0, skills.length)
                .mapToObj(i -> new Need(Kind.SKILL, skills[i], skills[i], null, i + 1)).toList(), List.of());
    }

    // sql is 1st for alpha (core), 5th for beta (useful), 2nd for gamma (core); delta does not list it.
    static final RoleSummary ALPHA = role(1, "alpha", "Alpha");
    static final RoleSummary BETA = role(2, "beta", "Beta");
    static final RoleSummary GAMMA = role(3, "gamma", "Gamma");
    static final RoleSummary DELTA = role(4, "delta", "Delta");
    static final Vocabulary V = new Vocabulary(List.of(new Term(Kind.SKILL, "sql", "SQL", "d", null, List.of())),
            List.of(), List.of(needs(BETA, "a", "b", "c", "d", "sql"), needs(ALPHA, "sql"),
                    needs(GAMMA, "x", "sql", "y"), needs(DELTA, "x")));

    @Test
    void coreRolesFirstThenByPlaceInTheList() {
        List<TermPage.RoleUse> uses = TermPage.uses(V, V.skills().get(0), Map.of(1L, 3L, 2L, 0L, 3L, 7L));
        assertEquals(List.of("alpha", "gamma", "beta"), uses.stream().map(u -> u.role().slug()).toList());
        assertEquals(List.of("Core: skill 1 of 1", "Core: skill 2 of 3", "Useful: skill 5 of 5"),
                uses.stream().map(TermPage.RoleUse::centrality).toList());
        assertEquals(List.of(3L, 7L, 0L), uses.stream().map(TermPage.RoleUse::openJobs).toList());
    }

    @Test
    void metaDescriptionIsCutAtAWord() {
        String words = "word ".repeat(40).strip();                    // 199 characters
        TermPage page = new TermPage(new Term(Kind.SKILL, "w", "W", words, null, List.of()), List.of(), 0, List.of(),
                "/jobs", List.of(), List.of());
        assertEquals("word ".repeat(30).strip() + "…", page.description(), "the last space before 152 is at 149");
        TermPage oneWord = new TermPage(new Term(Kind.SKILL, "w", "W", "x".repeat(200), null, List.of()), List.of(), 0,
                List.of(), "/jobs", List.of(), List.of());
        assertEquals("x".repeat(152) + "…", oneWord.description());
    }

    @Test
    void comparisonsWhereOnlyOneRoleHasIt() {
        List<TermPage.RoleUse> uses = TermPage.uses(V, V.skills().get(0), Map.of());
        List<ComparisonSummary> comparisons = List.of(
                new ComparisonSummary(1, "alpha", "Alpha", "beta", "Beta", "2026-01-01"),   // both: no
                new ComparisonSummary(2, "alpha", "Alpha", "delta", "Delta", "2026-01-01"), // Alpha only
                new ComparisonSummary(3, "delta", "Delta", "gamma", "Gamma", "2026-01-01")); // Gamma only
        List<TermPage.Separation> s = TermPage.separations(uses, comparisons);
        assertEquals(List.of(2L, 3L), s.stream().map(x -> x.comparison().id()).toList());
        assertEquals(List.of("Alpha", "Gamma"), s.stream().map(TermPage.Separation::withName).toList());
        assertEquals(List.of("Delta", "Delta"), s.stream().map(TermPage.Separation::withoutName).toList());
    }
}
