package careeratlas.jobs;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the board walks the newest-first index and when it sorts a segment's matches instead. */
class DensityTest {

    @Test
    void aSegmentIsWalkedInOrderOnlyWhenItsMatchesAreDenseEnough() {
        // At a million open jobs the break-even is sqrt(21 x 1,000,000), about 4,583 matches.
        JobQueries.Density density = new JobQueries.Density(1_000_000, new long[] {3, 4_500, 4_600});
        assertFalse(density.walk(0), "a few featured jobs are sorted");
        assertFalse(density.walk(1), "4,500 title matches: walking would pass about 4,700 jobs a page");
        assertTrue(density.walk(2), "4,600 matches: walking is cheaper than sorting them");
        assertFalse(new JobQueries.Density(1_000_000, new long[] {0, 0, 0}).walk(2), "no match is never walked");
        assertTrue(new JobQueries.Density(40, new long[] {0, 0, 40}).walk(2), "a short board is simply walked");
    }
}
