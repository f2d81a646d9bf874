package careeratlas.paths;

import careeratlas.catalog.Vocabulary;
import careeratlas.catalog.Vocabulary.Need;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fit measure and the fit form's input, against figures worked out by hand. */
class FitTest {

    // r: skills s1..s5 (s1-s4 core, weight 2; s5 useful, weight 1) and tools t1, t2 (weight 1): 4*2 + 1 + 2 = 11
    static final Vocabulary.RoleNeeds R = Vocabularies.needs(Vocabularies.role(1, "r"),
            List.of("s1", "s2", "s3", "s4", "s5"), List.of("t1", "t2"));
    // q: one skill, s5, which is q's first and so core: total 2
    static final Vocabulary.RoleNeeds Q = Vocabularies.needs(Vocabularies.role(2, "q"), List.of("s5"), List.of());
    static final Vocabulary V = Vocabularies.of(List.of(R, Q));

    @Test
    void weightedShareByHand() {
        Fit fit = Fit.of(R, Set.of("s1", "s5"), Set.of("t2"));
        assertEquals(4, fit.coveredWeight(), "s1 (2) + s5 (1) + t2 (1)");
        assertEquals(11, fit.totalWeight());
        assertEquals(36, fit.percent(), "4/11 = 36.4%");
        assertEquals(List.of("s1", "s5", "t2"), slugs(fit.covered()));
        assertEquals(List.of("s2", "s3", "s4", "t1"), slugs(fit.missing()), "core skills first, then tools");
    }

    @Test
    void nothingAndEverything() {
        assertEquals(0, Fit.of(R, Set.of(), Set.of()).percent());
        assertEquals(100, Fit.of(R, Set.of("s1", "s2", "s3", "s4", "s5"), Set.of("t1", "t2")).percent());
        // 2/11 = 18.2% for one core skill, 1/11 = 9.1% for one tool
        assertEquals(18, Fit.of(R, Set.of("s3"), Set.of()).percent());
        assertEquals(9, Fit.of(R, Set.of(), Set.of("t1")).percent());
    }

    @Test
    void everyRoleRankedBestFirst() {
        List<Fit> ranked = Fit.rank(V, Set.of("s5"), Set.of());
        // q: 2/2 = 100%; r: 1/11 = 9%
        assertEquals(List.of("q", "r"), ranked.stream().map(f -> f.role().slug()).toList());
        assertEquals(List.of(100, 9), ranked.stream().map(Fit::percent).toList());
        // nothing ticked: both 0%, by name (Q before R)
        assertEquals(List.of("q", "r"), Fit.rank(V, Set.of(), Set.of()).stream().map(f -> f.role().slug()).toList());
    }

    @Test
    void onlyKnownValuesAreKept() {
        String big = "s".repeat(10_240);
        FitRequest request = FitRequest.of(V, Arrays.asList("s1", "s1", "nope", "s\u00002", big, "", null),
                List.of("t1", "s2"), "r");
        assertEquals(Set.of("s1"), request.skills());
        assertEquals(Set.of("t1"), request.tools(), "a skill's slug is not a tool");
        assertEquals("r", request.from().slug());
        assertEquals(4, request.ignored(), "nope, the NUL value, the 10 KB value and s2 as a tool");

        FitRequest unknownRole = FitRequest.of(V, null, null, "x\u0000");
        assertNull(unknownRole.from());
        assertEquals(1, unknownRole.ignored());
        assertTrue(FitRequest.of(V, Collections.emptyList(), null, "").isEmpty());
    }

    @Test
    void theTopThreeLinkToTheMoveFromTheCurrentRole() {
        FitRequest request = FitRequest.of(V, List.of("s5"), List.of(), "r");
        FitPage page = new FitPage(V, request, Fit.rank(V, request.skills(), request.tools()), List.of());
        assertEquals(2, page.top().size());
        assertEquals("/paths/r-to-q", page.transitionUrl(page.top().get(0)));
        assertNull(page.transitionUrl(page.top().get(1)), "no move from r to r");
    }

    static List<String> slugs(List<Need> needs) {
        return needs.stream().map(Need::slug).toList();
    }
}
