package careeratlas.packaged;

import careeratlas.testing.AdminSession;
import careeratlas.testing.Html;
import careeratlas.testing.JobForms;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

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
class PackagedSiteIT {

    @Test
    void publicPagesRenderFromTheSeedContent() {
        Html.get("/").then().statusCode(200).body(containsString("Featured jobs"));
        Html.get("/roles/data-engineer").then().statusCode(200).body(containsString("<h1>Data Engineer</h1>"));
        for (int i = 0; i < 3; i++) { // rendered, then kept
            Html.get("/compare/data-engineer-vs-machine-learning-research-engineer").then().statusCode(200)
                    .body(containsString("<h1>Data Engineer vs. Machine Learning Research Engineer: A Comprehensive Comparison</h1>"));
        }
        Html.get("/compare/machine-learning-research-engineer-vs-data-engineer").then().statusCode(301);
        Html.get("/jobs?level=senior&q=python").then().statusCode(200).body(containsString("Data and AI jobs"));
        Html.get("/salaries").then().statusCode(200);
        Html.get("/salaries/methodology").then().statusCode(200);
        given().get("/jobs/feed.xml").then().statusCode(200).contentType(containsString("atom"));
        given().get("/sitemap.xml").then().statusCode(200).body(containsString("/compare/"));
        Html.get("/roles/no-such-role").then().statusCode(404).body(containsString("Page not found"));
        given().get("/q/health/ready").then().statusCode(200);
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
