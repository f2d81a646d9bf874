package careeratlas.home;

import careeratlas.catalog.Comparison;
import careeratlas.catalog.Role;
import careeratlas.testing.Html;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class HomePageTest {

    @Test
    void homeHasRolesByFamilyComparisonsTheCompareFormAndTheSidebar() {
        String html = Html.get("/").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<h1 id=\"hero-heading\">Choose your career in data and AI</h1>"));
        for (String family : List.of("Data Engineering", "Data Science &amp; Analytics", "Machine Learning &amp; MLOps",
                "Applied AI Specialties", "AI Research")) {
            assertTrue(html.contains(">" + family + "</h2>"), family);
        }
        long roles = Role.count();
        assertEquals(roles, countOf(html, "<li class=\"card\"><a href=\"/roles/"));
        assertEquals(Comparison.count(), countOf(html, "<li class=\"card\"><a href=\"/compare/"));
        assertTrue(html.contains("<form class=\"compare-form\" method=\"get\" action=\"/compare\">"));
        assertEquals(2 * (roles + 1), countOf(html, "<option "), "both selects list every role");
        assertTrue(html.contains("Featured jobs"));
        assertTrue(html.contains("href=\"/compare/data-engineer-vs-machine-learning-research-engineer\""));
    }

    @Test
    void theStylesheetHasAFingerprintedNameAndIsCachedForAYear() {
        String html = Html.get("/").asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<link rel=\"stylesheet\" href=\"(/css/site\\.[0-9a-f]{12}\\.css)\">").matcher(html);
        assertTrue(m.find(), "the layout links the fingerprinted stylesheet");
        Html.get(m.group(1)).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/css"))
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .body(org.hamcrest.Matchers.containsString(":focus-visible"));
        io.restassured.RestAssured.given().header("Accept-Encoding", "gzip").get(m.group(1)).then().statusCode(200)
                .header("Content-Encoding", "gzip")
                .body(org.hamcrest.Matchers.containsString(":focus-visible"));
        Html.get("/css/site.000000000000.css").then().statusCode(404);
    }

    static long countOf(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
