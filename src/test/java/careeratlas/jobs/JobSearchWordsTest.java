package careeratlas.jobs;

import careeratlas.testing.AdminSession;
import careeratlas.testing.Html;
import careeratlas.testing.TestJobs;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The board's search understands the field's words: synonyms, prefixes, small typos; matches are highlighted. */
@QuarkusTest
class JobSearchWordsTest {

    final TestJobs jobs = new TestJobs();

    @AfterEach
    void cleanUp() {
        jobs.deleteAll();
    }

    @Test
    void abbreviationsFindWhatTheyStandFor() {
        jobs.create("Zephyrine Machine Learning Platform Lead", "machine-learning-engineer", j -> { });
        jobs.create("Zephyrine K8s Operator", "mlops-engineer", j -> j.description = "Runs clusters.");
        assertTrue(board("zephyrine ml").contains("<mark>Zephyrine</mark> <mark>Machine</mark> <mark>Learning</mark> Platform Lead"));
        String kubernetes = board("zephyrine kubernetes");
        assertTrue(kubernetes.contains("<mark>Zephyrine</mark> <mark>K8s</mark> Operator"), "k8s stands for kubernetes: " + kubernetes);
        assertEquals(1, JobBoardTest.total(kubernetes));
    }

    @Test
    void aTwoWordTermMatchesAsOne() {
        jobs.create("Quillfeather Data Engineer", "data-engineer", j -> { });
        jobs.create("Quillfeather Data Engineering Lead", "data-engineer", j -> { });
        jobs.create("Quillfeather Data Analyst for Engineering", "data-analyst", j -> { });
        String html = board("quillfeather data eng");
        assertTrue(html.contains("<mark>Quillfeather</mark> <mark>Data</mark> <mark>Engineer</mark>"), html);
        assertEquals(2, JobBoardTest.total(html), "\"data eng\" also finds \"data engineering\", not \"data analyst for engineering\"");
    }

    @Test
    void theLastWordMatchesAsAPrefix() {
        jobs.create("Marrowdale Statistician", "data-scientist", j -> { });
        String html = board("marrowdale statis");
        assertEquals(1, JobBoardTest.total(html));
        assertTrue(html.contains("<mark>Marrowdale</mark> <mark>Statistician</mark>"), html);
        assertEquals(0, JobBoardTest.total(board("statis marrowdale")), "only the last word is a prefix");
    }

    @Test
    void aMisspeltWordIsCorrectedWhenNothingMatches() {
        jobs.create("Brackenridge Kubernetes Engineer", "mlops-engineer", j -> { });
        String html = board("brackenridge kubernetis");
        assertEquals(1, JobBoardTest.total(html), html);
        assertTrue(html.contains("Showing results for <strong>brackenridge kubernetes</strong>"), html);
        assertTrue(html.contains("no job matched “brackenridge kubernetis”"));
        assertTrue(html.contains("href=\"/jobs?q=brackenridge+kubernetis\""), "a way back to the words as typed");

        String python = board("pyhton");
        assertTrue(JobBoardTest.total(python) > 0, "pyhton is read as python");
        assertEquals(JobBoardTest.total(board("python")), JobBoardTest.total(python));
        assertFalse(board("python").contains("Showing results for"), "no correction when the words match");
    }

    @Test
    void highlightsAreEscaped() {
        jobs.create("<b>Gloamwright</b> & Python", "data-engineer",
                j -> j.description = "You will ship <script>x</script> Gloamwright pipelines in Python every week.");
        String html = board("gloamwright");
        assertTrue(html.contains("&lt;b&gt;<mark>Gloamwright</mark>&lt;/b&gt; &amp; Python"), html);
        assertTrue(html.contains("<mark>Gloamwright</mark> pipelines in Python"), "the matching part of the description: " + html);
        assertFalse(html.contains("<script>x"));
    }

    @Test
    void adminsEditTheSynonyms() {
        jobs.create("Thistlewick Quantum Pipelines Engineer", "data-engineer", j -> { });
        assertEquals(0, JobBoardTest.total(board("qxp")));
        AdminSession admin = AdminSession.signIn();
        assertEquals(303, admin.post("/admin/search/synonyms", Map.of("term", "qxp", "expansion", "quantum pipelines"))
                .statusCode());
        assertTrue(admin.get("/admin/search/synonyms").asString().contains("quantum pipelines"));
        assertEquals(1, JobBoardTest.total(board("qxp")), "the new synonym applies at once");
        assertEquals(400, admin.post("/admin/search/synonyms", Map.of("term", "three word term", "expansion", "x y"))
                .statusCode());
        assertEquals(303, admin.post("/admin/search/synonyms/delete", Map.of("term", "qxp")).statusCode());
        assertEquals(0, JobBoardTest.total(board("qxp")));
    }

    @Test
    void searchOperatorsStillWork() {
        jobs.create("Hollowmere Python Engineer", "data-engineer", j -> { });
        jobs.create("Hollowmere Java Engineer", "data-engineer", j -> { });
        assertEquals(1, JobBoardTest.total(board("hollowmere -java")));
        assertEquals(1, JobBoardTest.total(board("\"hollowmere python\"")));
    }

    static String board(String q) {
        return Html.get("/jobs?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)).asString();
    }
}
