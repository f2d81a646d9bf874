package careeratlas.jobs;

import careeratlas.platform.Urls;
import careeratlas.testing.Html;
import careeratlas.testing.HtmlValidator;
import careeratlas.testing.TestJobs;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The job board: filters, facets, search, pagination and bad input, against the seeded PostgreSQL. */
@QuarkusTest
class JobBoardTest {

    static final String OPEN = "status = 'PUBLISHED' and expires_on >= current_date";
    private static final Pattern ROW = Pattern.compile("<li class=\"job-row[^\"]*\">(.*?)</li>", Pattern.DOTALL);
    private static final Pattern TOTAL = Pattern.compile("<h2 id=\"results-heading\">(\\d+) jobs?</h2>");

    @Inject
    EntityManagerFactory emf;

    private final TestJobs jobs = new TestJobs();

    @AfterEach
    void cleanUp() {
        jobs.deleteAll();
    }

    @Test
    void listsOpenJobsNewestFirstWithFeaturedPinned() {
        String html = Html.get("/jobs").then().statusCode(200).extract().asString();
        assertEquals(count(OPEN), total(html));
        List<String> rows = rows(html);
        assertEquals(JobQueries.PAGE_SIZE, rows.size());
        long featured = count(OPEN + " and featured_until >= current_date");
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(i < featured, rows.get(i).contains("job-card-label\">Featured"), "row " + i);
        }
        assertFalse(html.contains("Draft"), "drafts are not listed");
    }

    @Test
    void eachFilterAloneMatchesTheDatabase() {
        assertFilter("role=data-engineer", "role_id = (select id from role where slug = 'data-engineer')");
        assertFilter("level=senior", "experience_level = 'SENIOR'");
        assertFilter("type=contract", "'CONTRACT' = any(employment_types)");
        assertFilter("remote=true", "remote");
        assertFilter("salary=listed", "coalesce(salary_max, salary_min) is not null");
        // The currency is the one pay is compared and converted in (JobPayTest): alone it filters nothing.
        assertFilter("currency=EUR", "true");
    }

    @Test
    void filtersCombine() {
        assertFilter("level=senior&type=full-time&currency=USD",
                "experience_level = 'SENIOR' and 'FULL_TIME' = any(employment_types)");
        assertFilter("remote=true&salary=listed&level=senior",
                "remote and coalesce(salary_max, salary_min) is not null and experience_level = 'SENIOR'");
        String html = Html.get("/jobs?level=senior&type=full-time").asString();
        for (String row : rows(html)) {
            assertTrue(row.contains(">Senior-level / Expert</span>") && row.contains(">Full Time</span>"), row);
        }
    }

    @Test
    void facetCountsApplyEveryOtherFilter() {
        String html = Html.get("/jobs?level=senior&remote=true").asString();
        // Level options are counted with the remote filter only; remote is counted with the level filter only.
        assertTrue(html.contains(">Senior-level / Expert (" + count(OPEN + " and remote and experience_level = 'SENIOR'") + ")</option>"));
        assertTrue(html.contains(">Entry-level / Junior (" + count(OPEN + " and remote and experience_level = 'ENTRY'") + ")</option>"));
        assertTrue(html.contains("Remote only (" + count(OPEN + " and experience_level = 'SENIOR' and remote") + ")"));
        assertTrue(html.contains(">Data Engineer (" + count(OPEN + " and remote and experience_level = 'SENIOR' and role_id = (select id from role where slug = 'data-engineer')") + ")</option>"));
        assertTrue(html.contains(">Full Time (" + count(OPEN + " and remote and experience_level = 'SENIOR' and 'FULL_TIME' = any(employment_types)") + ")</option>"));
    }

    @Test
    void activeFiltersShowAsRemovableChips() {
        String html = Html.get("/jobs?level=senior&remote=true&q=python").asString();
        assertTrue(html.contains("href=\"/jobs?remote=true&amp;q=python\" aria-label=\"Remove filter Level: Senior-level / Expert\""), html);
        assertTrue(html.contains("href=\"/jobs?level=senior&amp;q=python\" aria-label=\"Remove filter Remote only\""));
        assertTrue(html.contains("href=\"/jobs?level=senior&amp;remote=true\" aria-label=\"Remove filter Search: python\""));
    }

    @Test
    void pagesFollowEachOtherByCursorInTheBoardsOrder() {
        long open = count(OPEN);
        int lastPage = (int) ((open + JobQueries.PAGE_SIZE - 1) / JobQueries.PAGE_SIZE);
        assertTrue(lastPage >= 2, "the seed data fills more than one page");
        List<Long> expected = ids("select id from job where " + OPEN
                + " order by coalesce(featured_until >= current_date, false) desc, posted_at desc, id desc");

        List<Long> seen = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        String url = "/jobs";
        for (int page = 1; url != null; page++) {
            assertTrue(page <= lastPage, "no more pages than the jobs fill");
            String html = Html.get(url).then().statusCode(200).extract().asString();
            assertTrue(html.contains("<span aria-current=\"page\">Page " + page + " of " + lastPage + "</span>"), html);
            assertEquals(page > 1, html.contains("rel=\"prev\""), "page " + page);
            assertEquals(page > 1, html.contains(">First page</a>"), "page " + page);
            seen.addAll(jobIds(html));
            pages.add(url);
            url = link(html, "next");
        }
        assertEquals(lastPage, pages.size());
        assertEquals(expected, seen, "every open job once, featured first, then newest first");
        assertTrue(pages.get(1).matches("/jobs\\?after=[A-Za-z0-9_-]+"), "cursor links: " + pages.get(1));

        // Previous goes back to the same jobs, and an old numbered link still shows its page.
        String second = Html.get(pages.get(1)).asString();
        assertEquals(jobIds(Html.get("/jobs").asString()), jobIds(Html.get(link(second, "prev")).asString()));
        String last = Html.get(pages.get(lastPage - 1)).asString();
        assertEquals(jobIds(Html.get(pages.get(lastPage - 2)).asString()), jobIds(Html.get(link(last, "prev")).asString()));
        assertEquals(jobIds(second), jobIds(Html.get("/jobs?page=2").asString()));
    }

    @Test
    void cursorsKeepTheFiltersAndHandleTheEdges() {
        String condition = "'FULL_TIME' = any(employment_types)";
        List<Long> expected = ids("select id from job where " + OPEN + " and " + condition
                + " order by coalesce(featured_until >= current_date, false) desc, posted_at desc, id desc");
        assertTrue(expected.size() > JobQueries.PAGE_SIZE, "the seed data fills two pages of full-time jobs");
        String first = Html.get("/jobs?type=full-time").asString();
        String next = link(first, "next");
        assertTrue(next.startsWith("/jobs?type=full-time&after="), "filters survive pagination: " + next);
        String second = Html.get(next).then().statusCode(200).extract().asString();
        assertEquals(expected.subList(JobQueries.PAGE_SIZE, Math.min(expected.size(), 2 * JobQueries.PAGE_SIZE)),
                jobIds(second));
        assertEquals("/jobs?type=full-time", link(second, "prev").replaceFirst("&before=.*", "").replaceFirst("\\?before=.*", ""),
                "the way back keeps them too");

        // A cursor after the very last job: nothing there, 404 with the way back; never kept in the page cache.
        List<Long> all = ids("select id from job where " + OPEN
                + " order by coalesce(featured_until >= current_date, false) desc, posted_at desc, id desc");
        long lastId = all.get(all.size() - 1);
        java.time.Instant posted = QuarkusTransaction.requiringNew().call(() -> Job.<Job>findById(lastId).postedAt.toInstant());
        boolean featured = QuarkusTransaction.requiringNew().call(() -> {
            Job j = Job.findById(lastId);
            return j.featuredUntil != null && !j.featuredUntil.isBefore(java.time.LocalDate.now());
        });
        String beyond = new JobCursor(false, 9, featured ? 0 : 2, posted, lastId).token();
        String empty = Html.get("/jobs?after=" + beyond).then().statusCode(404).extract().asString();
        assertTrue(rows(empty).isEmpty());
        assertTrue(empty.contains("<a href=\"/jobs\">Go to the first page</a>"), empty);

        for (String bad : List.of("garbage", "%F0%9F%98%80", "MS43LjUuNQ", "x".repeat(300), "LTEuMi4zLjQ")) {
            String html = Html.get("/jobs?after=" + bad).then().statusCode(200).extract().asString();
            assertTrue(html.contains("the link to another page of this list is not valid"), bad);
            assertEquals(jobIds(Html.get("/jobs").asString()), jobIds(html), "the first page: " + bad);
        }
        for (String bad : List.of("-3", "0", "abc", "99999999999999999999")) {
            Html.get("/jobs?page=" + bad).then().statusCode(200).body(containsString("Data and AI jobs"));
        }
    }

    private static String link(String html, String rel) {
        Matcher m = Pattern.compile("<a href=\"([^\"]+)\" rel=\"" + rel + "\">").matcher(html);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }

    private static List<Long> jobIds(String html) {
        List<Long> ids = new ArrayList<>();
        for (String row : rows(html)) {
            Matcher m = Pattern.compile("<h3 class=\"job-card-title\"><a href=\"/jobs/([0-9]+)-").matcher(row);
            assertTrue(m.find(), row);
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object>) Panache.getEntityManager()
                .createNativeQuery(sql).getResultList()).stream().map(o -> ((Number) o).longValue()).toList());
    }

    @Test
    void fullTextSearchIsRankedAndAccentInsensitive() {
        long inDescription = jobs.create("Platform Analyst", "data-analyst", j -> j.description = "You will build Zephyrology dashboards.");
        long inTitle = jobs.create("Zephyrology Engineer", "data-engineer", j -> j.postedAt = j.postedAt.minusDays(3));
        List<String> rows = rows(Html.get("/jobs?q=zephyrology").asString());
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).contains("/jobs/" + inTitle + "-"), "a title match ranks above a description match");
        assertTrue(rows.get(1).contains("/jobs/" + inDescription + "-"));

        long zurich = jobs.create("Analytics Engineer", "analytics-engineer", j -> j.location = "Zürich, Switzerland");
        assertTrue(Html.get("/jobs?q=ZURICH").asString().contains("/jobs/" + zurich + "-"), "accents and case are ignored");
        assertTrue(Html.get("/jobs?q=murmuration%20zurich").asString().contains("/jobs/" + zurich + "-"), "company names are searched");
    }

    @Test
    void badInputNeverFails() {
        Html.get("/jobs?level=wizard&type=forever&role=astronaut&salary_min=abc&currency=dollars").then().statusCode(200)
                .body(containsString("Some filters were left out"))
                .body(containsString("experience level “wizard” is unknown"))
                .body(containsString("minimum salary “abc” is not a whole number"))
                .body(containsString("role “astronaut” is not a role we list"));
        long jobsBefore = count("true");
        String injected = Html.get("/jobs?q=%27%20or%201%3D1%20--%20%3B%20drop%20table%20job").then().statusCode(200)
                .extract().asString();
        assertEquals(0, total(injected), "the text is searched for as words, not run as SQL: no job says all that");
        assertTrue(rows(injected).isEmpty());
        assertEquals(jobsBefore, count("true"), "nothing was dropped");
        Html.get("/jobs?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").then().statusCode(200)
                .body(not(containsString("<script>alert(1)")))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
        Html.get("/jobs?q=" + "a".repeat(10_000)).then().statusCode(200)
                .body(containsString("the search text was cut to its first 200 characters"));
        Html.get("/jobs?q=%22unbalanced%20%28%20%26%20%7C%20%21").then().statusCode(200);
        Html.get("/jobs?salary_min=-5").then().statusCode(200).body(containsString("minimum salary must be between"));
    }

    @Test
    void aPageCostsTheSameFewStatementsWhateverItShows() {
        Html.get("/jobs?q=warm").then().statusCode(200); // the search's synonyms are read once, then cached
        long broad = statementsFor("/jobs");
        long narrow = statementsFor("/jobs?level=senior&type=full-time&q=data&remote=true&page=1");
        long empty = statementsFor("/jobs?q=nothingmatchesthis");
        assertTrue(broad <= 6, "statements for a full page: " + broad);
        // A search that finds nothing also looks once for a misspelling; otherwise the count is the same.
        assertTrue(narrow == broad || narrow == broad + 1, "statements for a narrow search: " + narrow);
        // Finding nothing, it looks up misspellings in one statement and, when it corrected one, searches once more.
        assertTrue(empty >= broad + 1 && empty <= broad + 3, "statements for a search that finds nothing: " + empty);
    }

    @Test
    void jobPagesHaveACanonicalSlug() {
        Html.get("/jobs/1").then().statusCode(301).header("Location", endsWith("/jobs/1-data-engineer-murmuration"));
        Html.get("/jobs/1-some-old-title").then().statusCode(301).header("Location", endsWith("/jobs/1-data-engineer-murmuration"));
        String html = Html.get("/jobs/1-data-engineer-murmuration").then().statusCode(200).extract().asString();
        assertTrue(HtmlValidator.errors(html).isEmpty(), HtmlValidator.errors(html).toString());
        assertTrue(html.contains("<h1>Data Engineer</h1>"));
        assertTrue(html.contains("rel=\"nofollow noopener\">Apply for this job</a>"));
        assertTrue(html.contains("How does this role compare?"));
        assertTrue(html.contains("href=\"/compare/data-engineer-vs-machine-learning-research-engineer\""));
        assertTrue(html.contains("Similar jobs"));
        assertTrue(Pattern.compile("Posted (yesterday|today|\\d+ days ago) \\(<time datetime=\"\\d{4}-\\d{2}-\\d{2}\">").matcher(html).find());
    }

    @Test
    void unknownDraftExpiredAndGoneJobs() {
        Html.get("/jobs/987654321").then().statusCode(404).body(containsString("Page not found"));
        long draft = jobs.create("Hidden Draft Role", "data-engineer", j -> j.status = Job.Status.DRAFT);
        Html.get("/jobs/" + draft).then().statusCode(404);

        long expired = jobs.create("Recently Closed Role", "data-engineer", j -> j.expiresOn = java.time.LocalDate.now().minusDays(10));
        String html = Html.get(Urls.job(expired, "Recently Closed Role", "murmuration")).then().statusCode(200).extract().asString();
        assertTrue(html.contains("This job has expired."));
        assertFalse(html.contains("Apply for this job"));

        long gone = jobs.create("Long Gone Role", "data-engineer", j -> j.expiresOn = java.time.LocalDate.now().minusDays(91));
        Html.get(Urls.job(gone, "Long Gone Role", "murmuration")).then().statusCode(410)
                .body(containsString("No longer available")).body(containsString("Featured jobs"));
        Html.get("/jobs?q=recently%20closed").then().body(not(containsString("Recently Closed Role")));
    }

    @Test
    void descriptionsAreRenderedFromMarkdownAndSanitized() {
        long id = jobs.create("Markdown Test Role", "data-engineer", j -> j.description = """
                ## What you will do
                - Build **pipelines**
                - Read [the docs](https://example.com/docs)

                <script>alert('x')</script>

                <img src="x" onerror="alert('y')">

                A [click me](javascript:alert('z')) link and a [data link](data:text/html;base64,PHNjcmlwdD4=).

                <p onclick="alert('w')">para</p>
                """);
        String html = Html.get(Urls.job(id, "Markdown Test Role", "murmuration")).asString();
        String description = html.substring(html.indexOf("<div class=\"description\">"), html.indexOf("</div>", html.indexOf("<div class=\"description\">")));
        assertTrue(description.contains("<h3>What you will do</h3>"), description);
        assertTrue(description.contains("<li>Build <strong>pipelines</strong></li>"), description);
        assertTrue(description.contains("href=\"https://example.com/docs\""), description);
        assertTrue(description.contains("click me"), "the link text stays, without its link");
        for (String bad : List.of("<script", "<img", "onerror", "onclick", "href=\"javascript:", "href=\"data:", "alert(")) {
            assertFalse(description.contains(bad), bad + " in " + description);
        }
    }

    @Test
    void rolesAndComparisonsLinkToTheirOpenJobs() {
        long open = count(OPEN + " and role_id = (select id from role where slug = 'data-engineer')");
        Html.get("/roles/data-engineer").then()
                .body(containsString("<a href=\"/jobs?role=data-engineer\">" + open + " open Data Engineer jobs</a>"));
        Html.get("/compare/data-engineer-vs-machine-learning-research-engineer").then()
                .body(containsString("<a href=\"/jobs?role=data-engineer\">" + open + " open jobs</a>"));
    }

    private void assertFilter(String query, String condition) {
        String html = Html.get("/jobs?" + query).then().statusCode(200).extract().asString();
        long expected = count(OPEN + " and " + condition);
        assertTrue(expected > 0, "the seed data has jobs for " + query);
        assertEquals(expected, total(html), query);
        assertEquals(Math.min(expected, JobQueries.PAGE_SIZE), rows(html).size(), query);
    }

    private long statementsFor(String path) {
        TestJobs.contentChanged(); // measure a rendering, not the page cache
        var stats = emf.unwrap(SessionFactory.class).getStatistics();
        long before = stats.getPrepareStatementCount();
        Html.get(path).then().statusCode(200);
        return stats.getPrepareStatementCount() - before;
    }

    static long count(String condition) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from job where " + condition).getSingleResult()).longValue());
    }

    static long total(String html) {
        Matcher m = TOTAL.matcher(html);
        assertTrue(m.find(), "result count heading");
        return Long.parseLong(m.group(1));
    }

    static List<String> rows(String html) {
        return Html.all(ROW, html);
    }
}
