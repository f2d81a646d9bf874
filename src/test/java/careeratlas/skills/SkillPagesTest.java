package careeratlas.skills;

import careeratlas.catalog.Skill;
import careeratlas.catalog.Tool;
import careeratlas.jobs.JobService;
import careeratlas.testing.Html;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static careeratlas.testing.Html.escape;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Skill and tool pages against the seed data (V3, V4, V6). Spreadsheet modeling is Data Analyst's 2nd skill (core:
 * among the first four) and BI Developer's 7th (useful); of the editors' comparisons only Data Analyst vs. Data
 * Scientist has exactly one of those roles (BI Developer vs. Data Analyst has both).
 */
@QuarkusTest
class SkillPagesTest {

    @Inject
    JobService jobs;

    @Test
    void skillPageSaysWhatItIsWhoNeedsItAndHowCentral() {
        Response response = Html.get("/skills/spreadsheet-modeling");
        assertEquals(200, response.statusCode());
        String html = response.asString();
        String description = QuarkusTransaction.requiringNew().call(
                () -> Skill.<Skill>find("slug", "spreadsheet-modeling").firstResult().description);
        assertTrue(html.contains("<h1>Spreadsheet modeling</h1>"));
        assertTrue(html.contains(escape(description)));
        assertFalse(html.contains("noindex"));

        String roles = section(html, "roles");
        int analyst = roles.indexOf("href=\"/roles/data-analyst\"");
        int bi = roles.indexOf("href=\"/roles/bi-developer\"");
        assertTrue(analyst > 0 && bi > analyst, "the role where it is core comes first");
        assertTrue(roles.contains("Core: skill 2 of "), roles);
        assertTrue(roles.contains("Useful: skill 7 of "), roles);
        assertTrue(roles.contains(escape("pivot tables, lookups and simple forecasts in Excel")), "the role's note");
        assertTrue(roles.contains("2 roles list Spreadsheet modeling, 1 of them as a core skill"), roles);
        assertTrue(roles.contains("first 4 skills the role lists"), "the rule is on the page");

        // Open jobs asking for it are the jobs tagged with it (V80), counted here in SQL.
        long total = QuarkusTransaction.requiringNew().call(() -> ((Number) io.quarkus.hibernate.orm.panache.Panache
                .getEntityManager().createNativeQuery("""
                        select count(*) from job j join job_skill js on js.job_id = j.id
                        join skill s on s.id = js.skill_id
                        where s.slug = 'spreadsheet-modeling' and j.status = 'PUBLISHED' and j.expires_on >= cast(now() at time zone 'UTC' as date)""")
                .getSingleResult()).longValue());
        String jobsSection = section(html, "jobs");
        assertTrue(total == 0 ? jobsSection.contains("No open job on our board asks for Spreadsheet modeling")
                : jobsSection.contains(total + " open " + (total == 1 ? "job asks" : "jobs ask")
                        + " for Spreadsheet modeling"), jobsSection);

        String separates = section(html, "separates");
        assertTrue(separates.contains("href=\"/compare/data-analyst-vs-data-scientist\""), separates);
        assertTrue(separates.contains("Data Analyst needs it, Data Scientist does not."), separates);
        assertFalse(separates.contains("/compare/bi-developer-vs-data-analyst"), "both roles need it there");
    }

    @Test
    void toolPageAndTheIndexes() {
        String excel = Html.get("/tools/excel").then().statusCode(200).extract().asString();
        assertTrue(excel.contains("<h1>Excel</h1>"));
        // Excel is 5th of Data Analyst's 10 tools and 5th of BI Developer's 10 (in category order).
        long position = QuarkusTransaction.requiringNew().call(() -> ((Number) io.quarkus.hibernate.orm.panache.Panache
                .getEntityManager().createNativeQuery("""
                        select count(*) from role_tool rt join role r on r.id = rt.role_id
                        where r.slug = 'data-analyst' and rt.position <= (select rt2.position from role_tool rt2
                          join tool t on t.id = rt2.tool_id where t.slug = 'excel' and rt2.role_id = r.id)""")
                .getSingleResult()).longValue());
        assertTrue(position > 0, "Excel is one of Data Analyst's tools");
        assertTrue(java.util.regex.Pattern.compile("Tool \\d+ of \\d+").matcher(section(excel, "roles")).find(), excel);
        assertTrue(excel.contains("href=\"/roles/data-analyst\"") && excel.contains("href=\"/roles/bi-developer\""));

        String skills = Html.get("/skills").then().statusCode(200).extract().asString();
        String tools = Html.get("/tools").then().statusCode(200).extract().asString();
        QuarkusTransaction.requiringNew().run(() -> {
            Skill.<Skill>listAll().forEach(s -> assertTrue(skills.contains("href=\"/skills/" + s.slug + "\""), s.slug));
            Tool.<Tool>listAll().forEach(t -> assertTrue(tools.contains("href=\"/tools/" + t.slug + "\""), t.slug));
        });
        assertTrue(tools.contains("<h2>Databases</h2>"), "tools by category");
        assertTrue(java.util.regex.Pattern.compile(">Spreadsheet modeling</a>: \\d+ roles?, core for \\d+").matcher(skills).find(),
                "counts on the index");
    }

    @Test
    void unknownSkillsAndToolsAreNotFoundPages() {
        for (String path : List.of("/skills/astronautics", "/tools/astronautics", "/tools/sql%20x")) {
            Html.get(path).then().statusCode(404).body(containsString("Page not found"))
                    .body(containsString("<nav aria-label=\"Main\">"));
        }
    }

    @Test
    void roleAndComparisonPagesLinkSkillsAndTools() {
        String role = Html.get("/roles/data-engineer").then().statusCode(200).extract().asString();
        assertTrue(role.contains("<a href=\"/skills/etl-design\">"), "skills list");
        assertTrue(role.contains("<a href=\"/tools/apache-spark\">"), "tools list");
        String comparison = Html.get("/compare/data-engineer-vs-data-scientist").then().statusCode(200).extract()
                .asString();
        String overlap = comparison.substring(comparison.indexOf("<section id=\"common-ground\""),
                comparison.indexOf("<section id=\"education\""));
        assertTrue(overlap.contains("<a href=\"/skills/sql\">SQL</a>"), "shared skill");
        assertTrue(overlap.contains("<a href=\"/skills/etl-design\">"), "one role's own skill");
        assertTrue(overlap.contains("<a href=\"/tools/apache-spark\">"), "tool");
    }

    @Test
    void runningTextLinksEachNamedTermOnceAtItsFirstMention() {
        for (String page : List.of("/roles/data-engineer", "/compare/data-engineer-vs-machine-learning-research-engineer")) {
            String html = Html.get(page).then().statusCode(200).extract().asString();
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("<a class=\"term\" href=\"/(skills|tools)/([a-z0-9-]+)\">([^<]+)</a>").matcher(html);
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (m.find()) {
                assertTrue(seen.add(m.group(2)), page + ": " + m.group(2) + " is linked once");
                String word = m.group(3).toLowerCase(java.util.Locale.ROOT);
                long named = QuarkusTransaction.requiringNew().call(() -> ((Number) io.quarkus.hibernate.orm.panache
                        .Panache.getEntityManager().createNativeQuery("""
                                select count(*) from (
                                  select s.slug, lower(s.name) as form from skill s where :kind = 'skills'
                                  union all select s.slug, a.alias from skill_alias a join skill s on s.id = a.skill_id where :kind = 'skills'
                                  union all select t.slug, lower(t.name) from tool t where :kind = 'tools'
                                  union all select t.slug, a.alias from tool_alias a join tool t on t.id = a.tool_id where :kind = 'tools'
                                ) f where f.slug = :slug and f.form = :word""")
                        .setParameter("kind", m.group(1)).setParameter("slug", m.group(2)).setParameter("word", word)
                        .getSingleResult()).longValue());
                assertEquals(1, named, page + ": '" + m.group(3) + "' names " + m.group(2));
            }
            assertTrue(seen.size() >= 3, page + " links the terms its text names: " + seen);
        }
        String role = Html.get("/roles/data-engineer").asString();
        String definition = section(role, "definition");
        assertTrue(definition.contains("<a class=\"term\""), "the definition links the terms it names");
    }

    static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\"");
        assertTrue(start >= 0, id);
        return html.substring(start, html.indexOf("</section>", start));
    }

    static long roleId(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> careeratlas.catalog.Role.findBySlug(slug).orElseThrow().id);
    }
}
