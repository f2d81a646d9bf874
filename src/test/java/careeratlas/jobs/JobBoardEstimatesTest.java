package careeratlas.jobs;

import careeratlas.platform.Money;
import careeratlas.testing.Html;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static careeratlas.jobs.JobBoardTest.OPEN;
import static careeratlas.jobs.JobBoardTest.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Above the exact-count limit the board counts a random sample of the jobs and says so. The limit is lowered here
 * (10 jobs, a sample of about 20) so that the seed data is a long list; the expected figures are computed from the
 * jobs' sample buckets in the database.
 */
@QuarkusTest
@TestProfile(JobBoardEstimatesTest.SmallExactLimit.class)
class JobBoardEstimatesTest {

    public static class SmallExactLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("app.jobs.exact-counts-up-to", "10", "app.jobs.sample-rows", "20");
        }
    }

    @Test
    void aLongListIsCountedOnASampleScaledUpAndMarkedAbout() {
        long open = count(OPEN);
        assertTrue(open > 10, "the seed data is past the lowered limit");
        int perMille = (int) Math.ceil(1000.0 * 20 / open);
        String sampled = OPEN + " and sample < " + perMille;

        String html = Html.get("/jobs").then().statusCode(200).extract().asString();
        long total = Math.round(count(sampled) * 1000.0 / perMille);
        assertTrue(html.contains("<h2 id=\"results-heading\">About " + Money.grouped(JobBoard.rounded(total)) + " jobs</h2>"), html);
        assertTrue(html.contains("Counts are estimates from a sample of the open jobs"));

        long senior = Math.round(count(sampled + " and experience_level = 'SENIOR'") * 1000.0 / perMille);
        String option = senior == 0 ? ">Senior-level / Expert </option>"
                : ">Senior-level / Expert (about " + Money.grouped(JobBoard.rounded(senior)) + ")</option>";
        assertTrue(html.contains(option), option);

        // Pages still follow each other; the last page's number is not known, so it is not claimed.
        assertTrue(html.contains("<span aria-current=\"page\">Page 1</span>"), "no \"of N\" for an estimate");
        assertTrue(html.contains("rel=\"next\""));
        assertEquals(JobQueries.PAGE_SIZE, JobBoardTest.rows(html).size(), "the page itself is read in full");
    }
}
