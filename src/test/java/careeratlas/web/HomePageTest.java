package careeratlas.web;

import careeratlas.compare.Comparison;
import careeratlas.roles.Role;
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
    void stylesheetIsServed() {
        Html.get("/css/site.css").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/css"))
                .body(org.hamcrest.Matchers.containsString(":focus-visible"));
    }

    static long countOf(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
