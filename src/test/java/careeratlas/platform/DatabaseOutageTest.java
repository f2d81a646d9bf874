package careeratlas.platform;

import careeratlas.testing.AdminSession;
import careeratlas.testing.Html;
import careeratlas.testing.JobForms;
import careeratlas.testing.PostgresResource;
import careeratlas.testing.TestJobs;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PostgreSQL is stopped under the running site, then started again: nothing breaks, nothing is lost. */
@QuarkusTest
class DatabaseOutageTest {

    static final String KEPT = "/roles/data-engineer";
    static final String NOT_KEPT = "/roles/data-analyst";

    @CacheName("featured-jobs")
    Cache featuredJobs;

    @Test
    void whileTheDatabaseIsAwayTheSiteSaysSoKeepsWhatWasTypedAndRecoversByItself() throws Exception {
        TestJobs.contentChanged();
        String keptPage = Html.get(KEPT).then().statusCode(200).extract().asString();
        AdminSession admin = AdminSession.signIn();
        admin.get("/admin/jobs/new").then().statusCode(200); // the form is open when the database goes away
        long newest = TestJobs.newestId();
        Map<String, Object> form = JobForms.valid("Outage <Proof> Engineer");
        form.put("description", "Typed while the database was away & still here.");

        Html.get("/roles/no-such-role").then().statusCode(404); // error pages' sidebar is now cached

        PostgresResource.setRunning(false);
        try {
            Response kept = Html.get(KEPT);
            assertEquals(200, kept.statusCode(), "a kept page still shows");
            assertEquals(keptPage, kept.asString());

            Response down = Html.get(NOT_KEPT);
            assertEquals(503, down.statusCode());
            assertEquals("30", down.getHeader("Retry-After"));
            String page = down.asString();
            assertTrue(page.contains("<h1>We will be back in a moment</h1>"), page);
            assertTrue(page.contains("<main") && page.contains("</footer>"), "in the site's layout");
            assertFalse(page.contains("Exception") || page.contains("at careeratlas."), "no stack trace");
            assertTrue(page.contains("Featured jobs"), "the kept sidebar still shows");

            featuredJobs.invalidateAll().await().indefinitely();
            String noSidebar = Html.get(NOT_KEPT).then().statusCode(503).extract().asString();
            assertFalse(noSidebar.contains("Featured jobs") || noSidebar.contains("No featured jobs"),
                    "without the database there is no sidebar, rather than one claiming there are no jobs");

            // Readiness is this replica's own state: a database down for every replica must not take them all
            // out of the load balancer, since kept pages still show. The database has its own health group.
            given().get("/q/health/ready").then().statusCode(200);
            given().get("/q/health/live").then().statusCode(200);
            given().get("/q/health/group/database").then().statusCode(503);

            Response refused = admin.post("/admin/jobs", form);
            assertEquals(503, refused.statusCode());
            String html = refused.asString();
            assertTrue(html.contains("Not saved: the database cannot be reached"), html);
            assertTrue(html.contains("value=\"Outage &lt;Proof&gt; Engineer\""), "the title is kept");
            assertTrue(html.contains("Typed while the database was away &amp; still here."), "the description is kept");
            assertTrue(html.contains("value=\"Lisbon, Portugal\""), "the location is kept");
            assertTrue(html.contains("<option value=\"data-engineer\" selected>"), "the role is kept");
            assertTrue(html.contains("name=\"csrf-token\""), "the form can be sent again");
        } finally {
            PostgresResource.setRunning(true);
        }

        assertEquals(200, eventually(() -> Html.get(NOT_KEPT)).statusCode(), "pages recover by themselves");
        assertEquals(200, eventually(() -> given().get("/q/health/group/database")).statusCode(), "and the database check");
        assertEquals(200, eventually(() -> given().get("/q/health/ready")).statusCode(), "readiness, once the listener hears again");
        assertEquals(newest, TestJobs.newestId(), "nothing was half saved");
        Response saved = admin.post("/admin/jobs", form);
        assertEquals(303, saved.statusCode(), "the same form saves once the database is back");
        String board = Html.get("/jobs?q=outage+engineer").asString();
        assertTrue(board.contains("<mark>Outage</mark> &lt;Proof&gt; <mark>Engineer</mark>"), saved.getHeader("Location") + board);
        TestJobs.deleteAfter(newest);
    }

    /** The response once it is 200, or the last one after 30 seconds. */
    private static Response eventually(Supplier<Response> request) throws InterruptedException {
        Response response = request.get();
        for (int i = 0; i < 150 && response.statusCode() != 200; i++) {
            Thread.sleep(200);
            response = request.get();
        }
        return response;
    }
}
