package careeratlas.jobs;

import careeratlas.platform.Money;
import careeratlas.testing.Html;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static careeratlas.jobs.JobBoardTest.OPEN;
import static careeratlas.jobs.JobBoardTest.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Above the exact-count limit the board counts a random sample of the jobs and says so. The limit is lowered here
 * (10 jobs, a sample of about 20) so that the seed data is a long list; the expected figures are computed from the
 * jobs' sample buckets in the database.
 */
@QuarkusTest
@TestProfile(JobBoardEstimatesTest.SmallExactLimit.class)
class JobBoardEstimatesTest {

    @Inject
    JobQueries queries;

    @Inject
    EntityManager em;

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

    /**
     * The sampled count of a search text reads a GIN index of the sample (V91), not the one of every job: its
     * condition, as the board builds it, implies the smaller index's predicate. The seed data is small enough to be
     * read whole, or through any partial B-tree index that the open-jobs condition implies, so those ways are taken
     * away inside a transaction that is rolled back: what is left to choose from is the text indexes.
     */
    @Test
    @TestTransaction
    void aSampledSearchCountReadsATextIndexOfTheSampleOnly() {
        JobFilter python = JobFilter.NONE.withQuery("python");
        @SuppressWarnings("unchecked")
        List<String> partialBtrees = em.createNativeQuery("select indexname from pg_indexes where tablename = 'job'"
                + " and indexdef like '%USING btree%WHERE%'").getResultList();
        assertTrue(partialBtrees.contains("job_sample_idx"), partialBtrees.toString());
        partialBtrees.forEach(index -> em.createNativeQuery("drop index " + index).executeUpdate());
        em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
        // Both sample indexes hold a sample below 8 per mille (at scale the planner takes the smaller, as measured by
        // bench/jobs-benchmark.sh); only the larger one holds a sample below 60.
        List<String> small = indexesRead(python, 8);
        assertTrue(small.stream().anyMatch(i -> i.startsWith("job_search_sample_")) && !small.contains("job_search_idx"),
                small.toString());
        assertEquals(List.of("job_search_sample_100_idx"), indexesRead(python, 60));
        List<String> exact = indexesRead(python, JobQueries.ALL);
        assertTrue(exact.contains("job_search_idx"), exact.toString());
        assertFalse(exact.stream().anyMatch(i -> i.startsWith("job_search_sample")), "an exact count reads every job: " + exact);
    }

    /** The indexes PostgreSQL's plan reads for the rows the board's counts group, {@code perMille} sampled. */
    private List<String> indexesRead(JobFilter f, int perMille) {
        Map<String, Object> params = new HashMap<>();
        Query explain = em.createNativeQuery("explain (costs off) select count(*) from job j where "
                + queries.counted(f, perMille, params));
        params.forEach(explain::setParameter);
        @SuppressWarnings("unchecked")
        List<String> plan = explain.getResultList();
        return plan.stream().filter(line -> line.matches(".* (on|using) job_[a-z0-9_]+_idx.*"))
                .map(line -> line.replaceAll(".* (on|using) (job_[a-z0-9_]+_idx).*", "$2")).distinct().sorted()
                .toList();
    }
}
