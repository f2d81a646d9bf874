package careeratlas.paths;

import careeratlas.catalog.CareerTransition;
import careeratlas.testing.Html;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static careeratlas.testing.Html.escape;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Transition pages and the fit finder against the seed data (V3, V4, V31).
 *
 * <p>Data Engineer lists SQL, Python, ETL/ELT pipeline design, Data modeling (core, 2 points each), Data
 * warehousing, Distributed computing, Cloud infrastructure (1 each) and 12 tools (1 each): 23 points. Data Analyst
 * lists SQL and Python and, of those tools, PostgreSQL and MySQL: 2 + 2 + 1 + 1 = 6 of 23 = 26%.
 */
@QuarkusTest
class PathPagesTest {

    @Test
    void curatedTransitionShowsTheEditorsTextAndWhatCarriesOver() {
        String html = Html.get("/paths/data-analyst-to-data-engineer").then().statusCode(200).extract().asString();
        assertFalse(html.contains("noindex"), "curated transitions are indexed");
        assertTrue(html.contains("<h1>From Data Analyst to Data Engineer</h1>"));
        CareerTransition t = QuarkusTransaction.requiringNew().call(() -> CareerTransition.<CareerTransition>find(
                "fromRole.slug = ?1 and toRole.slug = ?2", "data-analyst", "data-engineer").firstResult());
        assertTrue(html.contains(escape(t.summary)));
        assertTrue(html.contains(escape(t.body.split("\\R\\s*\\R")[3].strip())), "the fourth paragraph");
        assertTrue(html.contains("<strong>26%</strong>"), "6 of 23 points");
        assertTrue(html.contains("(6 of 23 points)"));

        String have = section(html, "have");
        assertTrue(have.contains("<a href=\"/skills/sql\">SQL</a>: core for Data Engineer"), have);
        assertTrue(have.contains("<a href=\"/skills/python\">Python</a>: core for Data Engineer"), have);
        assertTrue(have.contains("<a href=\"/tools/postgresql\">PostgreSQL</a> (tool)"), have);
        assertFalse(have.contains("etl-design"));

        String learn = section(html, "learn");
        List<String> order = List.of("/skills/etl-design", "/skills/data-modeling", "/skills/data-warehousing",
                "/skills/distributed-computing", "/skills/cloud-infrastructure", "/tools/mongodb", "/tools/apache-spark",
                "/tools/microsoft-azure");
        for (int i = 1; i < order.size(); i++) {
            int before = learn.indexOf(order.get(i - 1));
            int after = learn.indexOf(order.get(i));
            assertTrue(before > 0 && after > before, order.get(i - 1) + " before " + order.get(i));
        }
        assertFalse(learn.contains("/skills/sql\""), "SQL is already there");

        assertTrue(section(html, "pay").contains("Data Analyst") && section(html, "pay").contains("Data Engineer"));
        assertTrue(section(html, "between").contains("Jaccard distance"), "says how the path is computed");
        assertTrue(section(html, "jobs").contains("href=\"/jobs?role=data-engineer\""));
        assertTrue(html.contains("href=\"/paths/data-engineer-to-data-analyst\""), "the other direction");
        assertTrue(html.contains("href=\"/compare/data-analyst-vs-data-engineer\""));
    }

    @Test
    void anyOtherPairIsGeneratedAndNoindex() {
        String html = Html.get("/paths/data-engineer-to-data-analyst").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<meta name=\"robots\" content=\"noindex\">"));
        assertTrue(html.contains("generated from our role data"));
        String between = section(html, "between");
        assertTrue(between.contains("href=\"/paths/data-engineer-to-"), "the steps start at the first role");
        assertTrue(between.matches("(?s).*href=\"/paths/[a-z-]+-to-data-analyst\".*"), "and end at the second");
        for (String placeholder : List.of("null", "NaN", "{", "}")) {
            assertFalse(section(html, "introduction").contains(placeholder), placeholder);
        }
    }

    /*
     * Seed data: BI Developer and Research Scientist share nothing (distance 1). Closest roles: BI Developer's
     * include Data Analyst (0.45), Data Analyst's Data Scientist (0.70), Data Scientist's Machine Learning Research
     * Engineer (0.72), Research Scientist's Machine Learning Research Engineer (0.50); that chain is the path.
     */
    @Test
    void farApartRolesGoThroughTheRolesInBetween() {
        String between = section(Html.get("/paths/bi-developer-to-research-scientist").then().statusCode(200)
                .extract().asString(), "between");
        List<String> chain = List.of("/paths/bi-developer-to-data-analyst", "/paths/data-analyst-to-data-scientist",
                "/paths/data-scientist-to-machine-learning-research-engineer",
                "/paths/machine-learning-research-engineer-to-research-scientist");
        for (int i = 0; i < chain.size(); i++) {
            assertTrue(between.contains("href=\"" + chain.get(i) + "\""), chain.get(i));
            assertTrue(i == 0 || between.indexOf(chain.get(i - 1)) < between.indexOf(chain.get(i)), "in order");
        }
        assertTrue(between.contains("Jaccard distance") && between.contains("3 roles closest"));
    }

    @Test
    void impossibleMovesAreNotFoundPages() {
        for (String path : List.of("/paths/data-engineer-to-data-engineer", "/paths/astronaut-to-data-engineer",
                "/paths/data-engineer-to-astronaut", "/paths/data-engineer", "/paths/-to-data-engineer",
                "/paths/data-engineer-to-", "/paths/data-engineer-to-%00", "/paths/" + "a-to-".repeat(2_000) + "b")) {
            Html.get(path).then().statusCode(404).body(containsString("Page not found"))
                    .body(containsString("<nav aria-label=\"Main\">"));
        }
    }

    @Test
    void theFormRedirectsToTheMove() {
        Html.get("/paths?from=data-analyst&to=data-engineer").then().statusCode(303)
                .header("Location", containsString("/paths/data-analyst-to-data-engineer"));
        Html.get("/paths?from=data-analyst&to=data-analyst").then().statusCode(400)
                .body(containsString("no move from a role to itself"));
        Html.get("/paths?from=%00&to=data-analyst").then().statusCode(400);
        String index = Html.get("/paths").then().statusCode(200).extract().asString();
        assertEquals(13, index.split("href=\"/paths/", -1).length - 1, "the 13 editors' transitions");
    }

    @Test
    void rolePagesListMovesInAndOut() {
        String html = Html.get("/roles/data-engineer").then().statusCode(200).extract().asString();
        String moves = section(html, "transitions");
        assertTrue(moves.contains("href=\"/paths/data-analyst-to-data-engineer\""), "into, curated");
        assertTrue(moves.contains("href=\"/paths/data-engineer-to-mlops-engineer\""), "out of, curated");
        assertTrue(moves.contains("href=\"/paths/data-engineer-to-research-scientist\""), "any other move");
        assertTrue(moves.contains("href=\"/paths/research-scientist-to-data-engineer\""));
        String comparison = Html.get("/compare/data-engineer-vs-data-scientist").then().extract().asString();
        assertTrue(comparison.contains("href=\"/paths/data-engineer-to-data-scientist\""));
        assertTrue(comparison.contains("href=\"/paths/data-scientist-to-data-engineer\""));
    }

    /*
     * SQL, Python and PostgreSQL: Data Engineer 2 + 2 + 1 = 5 of 23 = 22%; Data Analyst 2 (SQL, core) + 1 (Python,
     * its 7th skill) + 1 = 4 of 8 + 3 + 10 = 21 = 19%; Data Scientist 2 + 2 = 4 of 8 + 3 + 11 = 22 = 18%.
     */
    @Test
    void fitRanksEveryRoleAndExplainsTheTopThree() {
        String html = Html.get("/fit?skill=sql&skill=python&tool=postgresql&from=data-analyst").then().statusCode(200)
                .extract().asString();
        assertTrue(html.contains("<meta name=\"robots\" content=\"noindex\">"), "results are not indexed");
        String results = section(html, "results");
        assertTrue(results.contains("1. <a href=\"/roles/data-engineer\">Data Engineer</a>: 22%"), results);
        assertTrue(results.contains("2. <a href=\"/roles/data-analyst\">Data Analyst</a>: 19%"), results);
        assertTrue(results.contains("3. <a href=\"/roles/data-scientist\">Data Scientist</a>: 18%"), results);
        assertTrue(results.contains("You cover 5 of 23 points."));
        assertTrue(results.contains("href=\"/paths/data-analyst-to-data-engineer\""), "the move from the current role");
        assertFalse(results.contains("href=\"/paths/data-analyst-to-data-analyst\""));
        assertEquals(14, section(html, "results").split("<li>", -1).length - 1, "every role ranked");
        assertTrue(html.contains("id=\"skill-sql\" name=\"skill\" value=\"sql\" checked"), "choices kept");
        assertTrue(html.contains("<label for=\"skill-sql\">SQL</label>"), "labelled checkboxes");
        assertTrue(html.contains("<legend>Tools: Databases</legend>"), "grouped by category");
    }

    @Test
    void fitIgnoresWhatItDoesNotKnow() {
        String big = "x".repeat(10_240);
        for (String query : List.of("skill=%00", "skill=" + big, "tool=" + big + "&skill=sql", "from=%00",
                "from=" + big, "skill=sql%00", "skill=sql&skill=sql")) {
            var response = Html.get("/fit?" + query);
            int status = response.statusCode();
            assertTrue(status == 200 || status == 400, query.substring(0, Math.min(40, query.length())) + ": " + status);
        }
        String html = Html.get("/fit?skill=%00&skill=sql").then().statusCode(200).extract().asString();
        assertTrue(html.contains("We ignored 1 value we do not know."));
        String form = Html.get("/fit").then().statusCode(200).extract().asString();
        assertFalse(form.contains("noindex"));
        assertFalse(form.contains("id=\"results\""));
    }

    static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\"");
        assertTrue(start >= 0, id);
        return html.substring(start, html.indexOf("</section>", start));
    }
}
