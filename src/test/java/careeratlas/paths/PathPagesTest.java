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
        int[] points = points("data-engineer", "data-analyst", null, null);
        assertTrue(html.contains("<strong>" + Math.round(100.0 * points[0] / points[1]) + "%</strong>"), points[0] + " of " + points[1]);
        assertTrue(html.contains("(" + points[0] + " of " + points[1] + " points)"));

        String have = section(html, "have");
        assertTrue(have.contains("<a href=\"/skills/sql\">SQL</a>: core for Data Engineer"), have);
        assertTrue(have.contains("<a href=\"/skills/python\">Python</a>: core for Data Engineer"), have);
        assertTrue(have.contains("<a href=\"/tools/postgresql\">PostgreSQL</a> (tool)"), have);
        assertFalse(have.contains("etl-design"));

        String learn = section(html, "learn");
        for (String term : List.of("/skills/etl-design", "/skills/data-modeling", "/skills/data-warehousing",
                "/skills/distributed-computing", "/skills/cloud-infrastructure", "/tools/mongodb", "/tools/apache-spark",
                "/tools/microsoft-azure")) {
            assertTrue(learn.contains("href=\"" + term + "\""), term + " is to learn");
        }
        // Most asked for by Data Engineer's open jobs first: each item's count is the database's, never rising.
        java.util.regex.Matcher item = java.util.regex.Pattern.compile(
                "<li><a href=\"/(skills|tools)/([a-z0-9-]+)\">.*?</li>").matcher(learn);
        long previous = Long.MAX_VALUE;
        int items = 0;
        while (item.find()) {
            String kind = item.group(1).equals("skills") ? "skill" : "tool";
            long jobs = QuarkusTransaction.requiringNew().call(() -> ((Number) io.quarkus.hibernate.orm.panache.Panache
                    .getEntityManager().createNativeQuery("select count(*) from job j join job_" + kind + " x on x.job_id = j.id"
                            + " join " + kind + " v on v.id = x." + kind + "_id join role r on r.id = j.role_id"
                            + " where r.slug = 'data-engineer' and v.slug = :slug and j.status = 'PUBLISHED'"
                            + " and j.expires_on >= current_date").setParameter("slug", item.group(2))
                    .getSingleResult()).longValue());
            assertEquals(jobs > 0, item.group().contains(" in " + jobs + " of "), item.group(2) + ": " + jobs + " jobs");
            assertTrue(jobs <= previous, item.group(2) + " comes after terms asked for by more jobs");
            previous = jobs;
            items++;
        }
        assertTrue(items >= 8, "every term to learn is listed");
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
        // The exact chain depends on the seeded skill lists; RoleGraphTest checks the computation by hand.
        assertTrue(between.contains("href=\"/paths/bi-developer-to-"), "the chain starts at the first role: " + between);
        assertTrue(between.contains("-to-research-scientist\""), "and ends at the second");
        assertTrue(between.contains("Jaccard distance") && between.contains("3 roles closest"));
    }

    /**
     * Points of {@code target} covered by the skills and tools of {@code fromRole} (or the given slugs), counted in
     * SQL: the first 4 skills a role lists are core (2 points), its other skills and its tools 1 point each.
     */
    static int[] points(String target, String fromRole, List<String> skills, List<String> tools) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var em = io.quarkus.hibernate.orm.panache.Panache.getEntityManager();
            String skillSet = fromRole != null
                    ? "(select s2.slug from role_skill x join skill s2 on s2.id = x.skill_id join role r2 on r2.id = x.role_id where r2.slug = :from)"
                    : "(:skills)";
            String toolSet = fromRole != null
                    ? "(select t2.slug from role_tool x join tool t2 on t2.id = x.tool_id join role r2 on r2.id = x.role_id where r2.slug = :from)"
                    : "(:tools)";
            var q = em.createNativeQuery("""
                    with s as (select sk.slug, case when row_number() over (order by rs.position) <= 4 then 2 else 1 end as w
                               from role_skill rs join skill sk on sk.id = rs.skill_id join role r on r.id = rs.role_id
                               where r.slug = :target),
                         t as (select tl.slug, 1 as w from role_tool rt join tool tl on tl.id = rt.tool_id
                               join role r on r.id = rt.role_id where r.slug = :target)
                    select (select coalesce(sum(w), 0) from s where slug in %s) + (select coalesce(sum(w), 0) from t where slug in %s),
                           (select coalesce(sum(w), 0) from s) + (select coalesce(sum(w), 0) from t)""".formatted(skillSet, toolSet))
                    .setParameter("target", target);
            if (fromRole != null) {
                q.setParameter("from", fromRole);
            } else {
                q.setParameter("skills", skills).setParameter("tools", tools);
            }
            Object[] r = (Object[]) q.getSingleResult();
            return new int[] {((Number) r[0]).intValue(), ((Number) r[1]).intValue()};
        });
    }

    @Test
    void impossibleMovesAreNotFoundPages() {
        for (String path : List.of("/paths/data-engineer-to-data-engineer", "/paths/astronaut-to-data-engineer",
                "/paths/data-engineer-to-astronaut", "/paths/data-engineer", "/paths/-to-data-engineer",
                "/paths/data-engineer-to-")) {
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
        int[] engineer = points("data-engineer", null, List.of("sql", "python"), List.of("postgresql"));
        assertTrue(results.contains("<a href=\"/roles/data-engineer\">Data Engineer</a>: "
                + Math.round(100.0 * engineer[0] / engineer[1]) + "%"), results);

        assertTrue(results.contains("href=\"/paths/data-analyst-to-"), "the move from the current role");
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
        Html.get("/fit?skill=%00&skill=sql").then().statusCode(400); // refused before it reaches the page
        String html = Html.get("/fit?skill=astronautics&skill=sql").then().statusCode(200).extract().asString();
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
