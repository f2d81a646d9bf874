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
        return new TransitionPage(A, C, null, List.of(), fit, from, to, steps, 0, List.of(), List.of(), 3);
    }

    static final Fit NONE = Fit.of(Vocabularies.needs(C, List.of("s1"), List.of()), Set.of(), Set.of());

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
