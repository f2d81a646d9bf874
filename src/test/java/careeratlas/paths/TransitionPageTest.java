package careeratlas.paths;

import careeratlas.catalog.RoleSummary;
import careeratlas.salaries.Stats;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The computed parts of a transition page: pay difference, roles in between, the generated text. */
class TransitionPageTest {

    static final RoleSummary A = Vocabularies.role(1, "a");
    static final RoleSummary B = Vocabularies.role(2, "b");
    static final RoleSummary C = Vocabularies.role(3, "c");

    static Stats median(long n, double p50) {
        return new Stats(n, p50, p50, p50, p50, p50, p50, p50);
    }

    static TransitionPage page(Stats from, Stats to, List<TransitionPage.Step> steps, Fit fit) {
        return new TransitionPage(A, C, null, List.of(), List.of(), fit, from, to, steps, 0, List.of(), List.of(), 3);
    }

    static final Fit NONE = Fit.of(Vocabularies.needs(C, List.of("s1"), List.of()), Set.of(), Set.of());

    @Test
    void whatToLearnIsOrderedByTheTargetsOpenJobsThenByWeight() {
        // c asks for s1..s5 (s1-s4 core, weight 2; s5 weight 1) and tools t1, t2; a has s1 and t1.
        Fit fit = Fit.of(Vocabularies.needs(C, List.of("s1", "s2", "s3", "s4", "s5"), List.of("t1", "t2")),
                Set.of("s1"), Set.of("t1"));
        // Open jobs of c: 7 ask for t2, 3 for s5, 3 for s3; none for s2 or s4 (and s1, t1 are already had).
        var demand = java.util.Map.of("TOOL:t2", 7L, "SKILL:s5", 3L, "SKILL:s3", 3L, "SKILL:s1", 9L);
        List<TransitionPage.Learn> learn = PathPages.toLearn(fit, demand);
        // t2 (7), then the two with 3 in weight order (s3 core before s5), then s2 and s4 (no jobs) in weight order.
        assertEquals(List.of("t2", "s3", "s5", "s2", "s4"), learn.stream().map(l -> l.need().slug()).toList());
        assertEquals(List.of(7L, 3L, 3L, 0L, 0L), learn.stream().map(TransitionPage.Learn::jobs).toList());
    }

    @Test
    void payDifferenceOnlyBetweenReliableMedians() {
        List<TransitionPage.Step> direct = List.of(new TransitionPage.Step(A, C, 0.5, true));
        TransitionPage up = page(median(12, 100_000), median(15, 130_000), direct, NONE);
        assertTrue(up.payComparable());
        assertEquals(30_000, up.payDifference(), 1e-9);
        TransitionPage down = page(median(15, 130_000), median(12, 100_000), direct, NONE);
        assertEquals(-30_000, down.payDifference(), 1e-9);
        assertEquals(30_000, down.payDifferenceAbs(), 1e-9);
        assertFalse(page(median(9, 100_000), median(15, 130_000), direct, NONE).payComparable(), "9 answers");
        assertFalse(page(Stats.NONE, median(15, 130_000), direct, NONE).payComparable());
    }

    @Test
    void rolesInBetweenAndDirectJumps() {
        TransitionPage via = page(Stats.NONE, Stats.NONE, List.of(new TransitionPage.Step(A, B, 0.4, true),
                new TransitionPage.Step(B, C, 0.3, true)), NONE);
        assertEquals(List.of(B), via.between());
        assertFalse(via.unlinked());
        assertEquals(60, via.steps().get(0).percentShared(), "distance 0.4: 60% in common");
        assertEquals("/paths/a-to-b", via.steps().get(0).url());
        TransitionPage joined = page(Stats.NONE, Stats.NONE, List.of(new TransitionPage.Step(A, C, 0.9, true)), NONE);
        assertEquals(List.of(), joined.between());
        assertFalse(joined.unlinked());
        assertTrue(page(Stats.NONE, Stats.NONE, List.of(new TransitionPage.Step(A, C, 1, false)), NONE).unlinked());
    }

    @Test
    void generatedTextFromTheFigures() {
        // c asks for s1..s5 (s1-s4 core) and t1: 4*2 + 1 + 1 = 10 points; a has s1 and t1: 3 points, 30%.
        Fit fit = Fit.of(Vocabularies.needs(C, List.of("s1", "s2", "s3", "s4", "s5"), List.of("t1")), Set.of("s1"),
                Set.of("t1"));
        List<String> text = PathPages.generated(A, C, fit, List.of(new TransitionPage.Step(A, B, 0.4, true),
                new TransitionPage.Step(B, C, 0.3, true)));
        assertTrue(text.get(0).endsWith("A already brings 2 of the 6 skills and tools C asks for, 30% of them once "
                + "core skills count double."), text.get(0));
        assertEquals("Start with s2, s3 and s4. The chain of closest roles passes B.", text.get(1));
    }
}
