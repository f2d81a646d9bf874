package careeratlas.packaged;

import careeratlas.testing.AdminSession;
import careeratlas.testing.Html;
import careeratlas.testing.HtmlValidator;
import careeratlas.testing.JobForms;
import careeratlas.testing.PostgresResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged site (the jar, or the native executable when built with -Dnative) over HTTP: templates,
 * migrations and seed content, Markdown, the admin area and the caches all work outside the test JVM. This run
 * also trains the JVM's AOT cache (-Daot), so it visits what visitors and admins use most.
 */
@QuarkusIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedSiteIT {

    /** Production starts with no demo content: no jobs, no companies, and empty states that say what to do. */
    @Test
    @Order(1)
    void aProductionStartHasNoJobsAndSaysHowToPostOne() throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty(PostgresResource.URL));
             Statement s = c.createStatement()) {
            assertEquals(0, count(s, "select count(*) from job"), "no demo jobs in production");
            assertEquals(0, count(s, "select count(*) from company where name <> 'Northwind Test Labs'"),
                    "no demo companies (only the one the tests' job form creates)");
            assertEquals(74_301, count(s, "select count(*) from salary_report"), "the bundled survey, imported at start");
            assertEquals(0, count(s, "select coalesce(sum(rows_skipped), 0) from salary_import where actor = 'bundled survey file'"));
        }
        String board = Html.get("/jobs").then().statusCode(200).extract().asString();
        assertTrue(board.contains("<h2 id=\"results-heading\">0 jobs</h2>"), board);
        assertTrue(board.contains("No jobs are open yet"), board);
        assertTrue(board.contains("href=\"/jobs/post\""), "the empty board says where employers post: " + board);
        assertTrue(HtmlValidator.errors(board).isEmpty(), HtmlValidator.errors(board).toString());
        String home = Html.get("/").then().statusCode(200).extract().asString();
        String sidebar = home.substring(home.indexOf("<aside class=\"sidebar\""));
        assertTrue(sidebar.contains("No jobs are open yet."), sidebar);
        assertTrue(sidebar.contains("href=\"/jobs/post\""), sidebar);
        assertTrue(HtmlValidator.errors(home).isEmpty(), HtmlValidator.errors(home).toString());
        String sitemap = given().get("/sitemap.xml").then().statusCode(200).extract().asString();
        assertTrue(sitemap.contains("/jobs</loc>"), "the board itself is listed");
        assertTrue(!sitemap.matches("(?s).*/jobs/\\d+.*"), "no job pages in the sitemap: " + sitemap);
        Html.get("/salaries/data-engineer").then().statusCode(200).body(containsString("survey answers"));
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void publicPagesRenderFromTheSeedContent() {
        Html.get("/").then().statusCode(200).body(containsString("Featured jobs"));
        Html.get("/salaries").then().statusCode(200).body(containsString("/salaries/data-engineer"));
        Html.get("/roles/data-engineer").then().statusCode(200).body(containsString("<h1>Data Engineer</h1>"));
        for (int i = 0; i < 3; i++) { // rendered, then kept
            Html.get("/compare/data-engineer-vs-machine-learning-research-engineer").then().statusCode(200)
                    .body(containsString("<h1>Data Engineer vs. Machine Learning Research Engineer<span class=\"kicker\"><span class=\"visually-hidden\">: </span>A Comprehensive Comparison</span></h1>"));
        }
        Html.get("/compare/machine-learning-research-engineer-vs-data-engineer").then().statusCode(301);
        Html.get("/jobs?level=senior&q=python").then().statusCode(200).body(containsString("Data and AI jobs"));
        Html.get("/salaries").then().statusCode(200);
        Html.get("/salaries/methodology").then().statusCode(200);
        given().get("/jobs/feed.xml").then().statusCode(200).contentType(containsString("atom"));
        given().get("/sitemap.xml").then().statusCode(200).body(containsString("/compare/"));
        Html.get("/roles/no-such-role").then().statusCode(404).body(containsString("Page not found"));
        // Health and metrics live on the management interface, not on the public port.
        int management = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("quarkus.management.port", Integer.class).orElse(9000);
        given().port(management).get("/q/health/ready").then().statusCode(200);
        given().port(management).get("/q/metrics").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void anAdminPostsAJobThatTheBoardAndTheSidebarShow() {
        AdminSession admin = AdminSession.signIn();
        Map<String, Object> form = JobForms.valid("Packaged Analytics Engineer");
        form.put("description", "## What you do\n- Model **data** for <script>alert(1)</script> everyone");
        form.put("featuredUntil", java.time.LocalDate.now().plusDays(10).toString());
        Response saved = admin.post("/admin/jobs", form);
        assertEquals(303, saved.statusCode(), saved.asString());
        String path = saved.getHeader("Location").replaceFirst("^https?://[^/]+", "");
        String page = Html.get(path).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<strong>data</strong>"), "Markdown rendered");
        assertTrue(!page.contains("<script>alert(1)</script>"), "and sanitized");
        assertTrue(Html.get("/").asString().contains("Packaged Analytics Engineer"), "in the sidebar");
        assertTrue(Html.get("/jobs?q=packaged+analytics").asString().contains("Packaged Analytics Engineer"));
        long id = Long.parseLong(path.replaceAll("^/jobs/(\\d+)-.*", "$1"));
        admin.get("/admin/jobs/" + id + "/delete").then().statusCode(200);
        assertEquals(303, admin.post("/admin/jobs/" + id + "/delete", Map.of()).statusCode());
        Html.get(path).then().statusCode(404);
    }
}
