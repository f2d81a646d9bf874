package careeratlas.compare;

import careeratlas.catalog.Comparison;
import careeratlas.testing.Html;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static careeratlas.testing.Html.escape;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ComparePagesTest {

    static final String SEED = "/compare/data-engineer-vs-machine-learning-research-engineer";

    @Test
    void seedComparisonHasEverySection() {
        Response response = Html.get(SEED);
        assertEquals(200, response.statusCode());
        String html = response.asString();
        assertTrue(html.contains("<h1>Data Engineer vs. Machine Learning Research Engineer<span class=\"kicker\"><span class=\"visually-hidden\">: </span>A Comprehensive Comparison</span></h1>"));
        assertTrue(html.contains("<title>Data Engineer vs. Machine Learning Research Engineer: A Comprehensive Comparison | Career Atlas</title>"));
        assertTrue(html.contains("<time datetime=\"2024-10-30\">Oct. 30, 2024</time>"));
        for (String heading : List.of("Introduction", "At a glance", "Definitions", "Responsibilities",
                "Required Skills", "Educational Backgrounds", "Tools and Software Used", "Common Industries",
                "Outlooks", "Practical Tips for Getting Started", "Conclusion", "Salary insights",
                "Related comparisons", "Featured jobs")) {
            assertTrue(html.contains(">" + heading + "</h"), heading);
        }
        assertTrue(html.contains("href=\"/salaries/data-engineer\""));
        assertTrue(html.contains("href=\"/salaries/machine-learning-research-engineer\""));
        assertFalse(html.contains("name=\"robots\""), "curated comparisons are indexed");
        assertTrue(html.contains("<link rel=\"canonical\" href=\"http://localhost:8080" + SEED + "\">"));
    }

    @Test
    void curatedTextComesFromTheDatabase() {
        Comparison c = curated("data-engineer", "machine-learning-research-engineer");
        String html = Html.withoutTermLinks(Html.get(SEED).asString());
        // Paragraphs are separated by blank lines in the stored text; each becomes one <p>.
        String[] intro = c.introduction.strip().split("\\n\\s*\\n");
        String[] conclusion = c.conclusion.strip().split("\\n\\s*\\n");
        assertTrue(intro.length >= 2, "the editors' introduction has several paragraphs");
        for (String paragraph : concat(intro, conclusion)) {
            assertTrue(html.contains("<p>" + escape(paragraph.strip()) + "</p>"), paragraph);
        }
        assertEquals(1, count(html, "<p>" + escape(intro[0].strip()) + "</p>"), "the first paragraph once");
    }

    @Test
    void tableOfContentsLinksJumpToSections() {
        String html = Html.get(SEED).asString();
        String toc = html.substring(html.indexOf("<nav class=\"toc\""), html.indexOf("</nav>", html.indexOf("<nav class=\"toc\"")));
        Matcher m = Pattern.compile("href=\"#([a-z-]+)\"").matcher(toc);
        int links = 0;
        while (m.find()) {
            links++;
            assertTrue(html.contains("id=\"" + m.group(1) + "\""), "target of #" + m.group(1));
        }
        assertTrue(links >= 12, "the table of contents lists every section");
        // After the introduction, collapsed (a closed <details>), then the featured jobs for phones.
        int intro = html.indexOf("<section id=\"introduction\"");
        int nav = html.indexOf("<nav class=\"toc\"");
        int strip = html.indexOf("<section class=\"featured-strip\"");
        int glance = html.indexOf("<section id=\"at-a-glance\"");
        assertTrue(intro < nav && nav < strip && strip < glance, "introduction, contents, featured jobs, then the sections");
        assertTrue(toc.contains("<details>\n    <summary><h2 id=\"toc-heading\">Table of contents</h2></summary>"), toc);
        assertTrue(html.contains("<script src=\"/js/toc."), "the contents script, from its own file");
    }

    @Test
    void roleAAndRoleBCarryTheirMarkersEverywhere() {
        String html = Html.get(SEED).asString();
        String glance = html.substring(html.indexOf("<table class=\"glance\">"), html.indexOf("</thead>"));
        assertTrue(glance.contains("<th scope=\"col\" class=\"role-a\"><span class=\"role-marker role-a\" aria-hidden=\"true\">A</span>Data Engineer</th>"), glance);
        assertTrue(glance.contains("<th scope=\"col\" class=\"role-b\"><span class=\"role-marker role-b\" aria-hidden=\"true\">B</span>Machine Learning Research Engineer</th>"), glance);
        String chart = html.substring(html.indexOf("id=\"compare-salary\""), html.indexOf("</svg>", html.indexOf("id=\"compare-salary\"")));
        assertTrue(chart.contains("class=\"box role-a\"") && chart.contains("class=\"box role-b\""), "both roles' boxes in the chart");
        assertTrue(chart.contains("<circle class=\"marker role-a\"") && chart.contains("<rect class=\"marker role-b\""), "circle and square markers");
        assertTrue(chart.contains(">A: Data Engineer</text>"), "the legend names role A");
        assertEquals(3, count(html, "<dt><span class=\"role-marker role-a\" aria-hidden=\"true\">A</span>Only Data Engineer</dt>"), "each overlap box");
        assertTrue(count(html, "<span class=\"role-marker role-b\" aria-hidden=\"true\">B</span>Machine Learning Research Engineer</h3>") >= 6, "column headings");
    }

    @Test
    void readingTimeIsComputedFromTheRenderedArticle() {
        String html = Html.get(SEED).asString();
        String article = html.substring(html.indexOf("<section id=\"introduction\""), html.indexOf("<section id=\"salary-insights\""));
        // Counted here independently of ReadingTime: tags and entities out, then whitespace-separated tokens
        // holding a letter or digit, at 230 words a minute.
        String text = article.replaceAll("<[^>]+>", " ").replaceAll("&[#a-zA-Z0-9]+;", " ");
        long words = java.util.Arrays.stream(text.split("\\s+")).filter(w -> w.matches(".*[\\p{L}\\p{N}].*")).count();
        assertTrue(words > 600, "a full comparison has several hundred words, got " + words);
        java.util.regex.Matcher shown = Pattern.compile("(\\d+) min read").matcher(html);
        assertTrue(shown.find(), "the page says how long it takes to read");
        int minutes = Integer.parseInt(shown.group(1));
        assertTrue((minutes - 1) * 230 < words * 1.02 && words * 0.98 <= minutes * 230,
                minutes + " min read for " + words + " words at 230 a minute");
    }

    @Test
    void sharedAndUniqueSkillsAreComputedFromTheData() {
        List<String> shared = skillNames("""
                select s.name from role_skill a join role_skill b on a.skill_id = b.skill_id join skill s on s.id = a.skill_id
                where a.role_id = (select id from role where slug = 'data-engineer')
                  and b.role_id = (select id from role where slug = 'machine-learning-research-engineer')
                order by a.position""");
        List<String> onlyDataEngineer = skillNames("""
                select s.name from role_skill a join skill s on s.id = a.skill_id
                where a.role_id = (select id from role where slug = 'data-engineer')
                  and a.skill_id not in (select skill_id from role_skill where role_id = (select id from role where slug = 'machine-learning-research-engineer'))
                order by a.position""");
        assertTrue(shared.contains("Python"), "both roles need Python in the seed data");
        assertFalse(onlyDataEngineer.isEmpty());

        String html = Html.get(SEED).asString();
        String linked = html.substring(html.indexOf("<h3>Skills</h3>"), html.indexOf("<h3>Tools</h3>"));
        assertTrue(linked.contains("<a href=\"/skills/python\">Python</a>"), "skills link to their pages");
        String skills = linked.replaceAll("<a href=\"/skills/[a-z0-9-]+\">|</a>", "");
        assertTrue(skills.contains("<dt>Both roles</dt>\n    <dd>" + escape(String.join(", ", shared)) + "</dd>"), skills);
        assertTrue(skills.contains("Only Data Engineer</dt>\n    <dd class=\"role-a\">" + escape(String.join(", ", onlyDataEngineer)) + "</dd>"), skills);
    }

    @Test
    void relatedComparisonsShareARoleAndExcludeThisOne() {
        String html = Html.get(SEED).asString();
        String related = html.substring(html.indexOf("Related comparisons"), html.indexOf("</ul>", html.indexOf("Related comparisons")));
        assertTrue(related.contains("href=\"/compare/data-engineer-vs-data-scientist\""));
        assertTrue(related.contains("href=\"/compare/machine-learning-research-engineer-vs-research-scientist\""));
        assertFalse(related.contains(SEED));
        assertFalse(related.contains("computer-vision-engineer-vs-nlp-engineer"), "shares no role");
    }

    @Test
    void reversedPairRedirectsPermanentlyToTheCanonicalOrder() {
        Html.get("/compare/machine-learning-research-engineer-vs-data-engineer").then()
                .statusCode(301).header("Location", endsWith(SEED));
        Html.get("/compare/nlp-engineer-vs-bi-developer").then()
                .statusCode(301).header("Location", endsWith("/compare/bi-developer-vs-nlp-engineer"));
    }

    @Test
    void anyTwoRolesCanBeComparedWithGeneratedTextAndNoindex() {
        Response response = Html.get("/compare/bi-developer-vs-nlp-engineer");
        assertEquals(200, response.statusCode());
        String html = response.asString();
        assertTrue(html.contains("<meta name=\"robots\" content=\"noindex\">"));
        assertTrue(html.contains("<h1>BI Developer vs. NLP Engineer<span class=\"kicker\"><span class=\"visually-hidden\">: </span>A Comprehensive Comparison</span></h1>"));
        html = Html.withoutTermLinks(html);
        String intro = html.substring(html.indexOf("<section id=\"introduction\""), html.indexOf("<section id=\"at-a-glance\""));
        assertTrue(intro.contains("BI Developer and NLP Engineer"), intro);
        String conclusion = html.substring(html.indexOf("<section id=\"conclusion\""), html.indexOf("<section id=\"salary-insights\""));
        assertTrue(conclusion.contains("Pick BI Developer if you would rather"), conclusion);
        for (String placeholder : List.of("null", "TODO", "lorem", "{", "}")) {
            assertFalse(intro.contains(placeholder) || conclusion.contains(placeholder), placeholder);
        }
        assertTrue(html.contains("min read"));
    }

    @jakarta.inject.Inject
    careeratlas.catalog.RoleCatalog catalog;

    @Test
    @jakarta.transaction.Transactional
    void generatedTextNeverContradictsItselfAndNamesThePairsOwnSkills() {
        List<careeratlas.catalog.RoleProfile> all = List.copyOf(catalog.profiles().values());
        for (var a : all) {
            for (var b : all) {
                if (a == b) {
                    continue;
                }
                Overlap skills = Overlap.of(a.skills(), b.skills());
                String text = String.join(" ", GeneratedText.introduction(a, b, skills)) + " "
                        + String.join(" ", GeneratedText.conclusion(a, b, skills));
                assertFalse(text.contains("clear one"), text);
                assertEquals(skills.shared().isEmpty(), text.contains("no core skill in common"), text);
                assertEquals(!skills.shared().isEmpty(), text.contains("Since both rely on"), text);
            }
        }
        // A pair with nothing in common (made so: the second role keeps only skills the first lacks).
        var a = all.get(0);
        var b0 = all.get(all.size() - 1);
        java.util.Set<String> mine = new java.util.HashSet<>(a.skills().stream().map(e -> e.slug()).toList());
        var b = new careeratlas.catalog.RoleProfile(b0.role(), b0.responsibilities(), b0.education(), b0.tips(),
                b0.skills().stream().filter(e -> !mine.contains(e.slug())).toList(), b0.tools(), b0.industries());
        Overlap none = Overlap.of(a.skills(), b.skills());
        assertTrue(none.shared().isEmpty());
        String intro = String.join(" ", GeneratedText.introduction(a, b, none));
        String conclusion = String.join(" ", GeneratedText.conclusion(a, b, none));
        String firstA = a.skills().get(0).name();
        String firstB = b.skills().get(0).name();
        assertTrue(intro.contains("They have no core skill in common (" + a.name() + " starts from " + firstA), intro);
        assertTrue(intro.contains(b.name() + " from " + firstB), intro);
        assertFalse(intro.contains("clear"), intro);
        assertTrue(conclusion.contains("learning a second set of core skills"), conclusion);
        assertFalse(conclusion.contains("Since both rely on"), conclusion);
    }

    @Test
    void impossiblePairsAreRealNotFoundPages() {
        for (String path : List.of("/compare/data-engineer-vs-data-engineer", "/compare/data-engineer-vs-astronaut",
                "/compare/astronaut-vs-data-engineer", "/compare/data-engineer", "/compare/a-vs-b-vs-c",
                "/compare/-vs-data-engineer", "/compare/data-engineer-vs-")) {
            Html.get(path).then().statusCode(404).contentType(containsString("text/html"))
                    .body(containsString("Page not found")).body(containsString("Featured jobs"))
                    .body(containsString("href=\"/\""));
        }
    }

    @Test
    void compareFormRedirectsToTheCanonicalComparison() {
        Html.get("/compare?a=nlp-engineer&b=bi-developer").then()
                .statusCode(303).header("Location", endsWith("/compare/bi-developer-vs-nlp-engineer"));
    }

    @Test
    void compareFormExplainsBadChoices() {
        Html.get("/compare?a=data-analyst&b=data-analyst").then().statusCode(400)
                .body(containsString("Choose two different roles")).body(containsString("<select id=\"compare-a\""));
        Html.get("/compare?a=data-analyst&b=").then().statusCode(400).body(containsString("Choose two roles"));
        Html.get("/compare?a=data-analyst&b=%3Cscript%3E").then().statusCode(400)
                .body(containsString("We do not know one of those roles"))
                .body(org.hamcrest.Matchers.not(containsString("<script>")));
    }

    @Test
    void compareIndexListsCuratedComparisonsAndTheForm() {
        String html = Html.get("/compare").then().statusCode(200).extract().asString();
        assertEquals(Comparison.count(), count(html, "class=\"card\""));
        assertTrue(html.contains("<label for=\"compare-a\">First role</label>"));
        assertTrue(html.contains("<label for=\"compare-b\">Second role</label>"));
    }

    static String[] concat(String[] a, String[] b) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).toArray(String[]::new);
    }

    static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Transactional
    Comparison curated(String a, String b) {
        return Comparison.find("roleA.slug = ?1 and roleB.slug = ?2", a, b).<Comparison>firstResultOptional().orElseThrow();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    List<String> skillNames(String sql) {
        return Panache.getEntityManager().createNativeQuery(sql, String.class).getResultList();
    }
}
