package careeratlas.platform;

import careeratlas.testing.AdminSession;
import careeratlas.testing.Html;
import careeratlas.testing.TestJobs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rendered pages and the sidebar are kept until the content changes; a change made anywhere (here with plain SQL
 * on a connection of the test's own, as another replica or an operator would) reaches the caches through
 * PostgreSQL's NOTIFY.
 */
@QuarkusTest
class ContentCacheTest {

    static final String PAGE = "/compare/data-engineer-vs-machine-learning-research-engineer";

    @Inject
    EntityManagerFactory emf;

    @Test
    void aKeptPageIsServedWithoutTheDatabaseAndWithTheSameHeaders() {
        TestJobs.contentChanged();
        Response rendered = Html.get(PAGE);
        var stats = emf.unwrap(SessionFactory.class).getStatistics();
        long before = stats.getPrepareStatementCount();
        Response kept = Html.get(PAGE);
        assertEquals(before, stats.getPrepareStatementCount(), "the second request reads nothing");
        assertEquals(200, kept.statusCode());
        assertEquals(rendered.asString(), kept.asString());
        for (String header : new String[] {"ETag", "Cache-Control", "Content-Security-Policy", "X-Content-Type-Options"}) {
            assertEquals(rendered.getHeader(header), kept.getHeader(header), header);
        }
        assertTrue(kept.getContentType().startsWith("text/html"));
        assertEquals(304, given().header("If-None-Match", kept.getHeader("ETag")).get(PAGE).statusCode());
        assertEquals("gzip", given().header("Accept-Encoding", "gzip").get(PAGE).getHeader("Content-Encoding"));
    }

    @Test
    void aJobInsertedElsewhereShowsInTheSidebarWithinASecond() throws Exception {
        Html.get(PAGE).then().statusCode(200); // now kept
        long newest = TestJobs.newestId();
        long started = System.nanoTime();
        try (Connection db = connect()) {
            insertFeaturedJob(db, "Notified Data Engineer");
            String html = "";
            long waited = 0;
            while (waited < 15_000 && !html.contains("Notified Data Engineer")) {
                Thread.sleep(20);
                html = Html.get(PAGE).asString();
                waited = (System.nanoTime() - started) / 1_000_000;
            }
            assertTrue(html.contains("Notified Data Engineer"), "seen after " + waited + " ms");
        } finally {
            TestJobs.deleteAfter(newest);
        }
    }

    @Test
    void signedInVisitorsNeverGetAKeptPage() {
        Html.get("/roles/data-engineer").then().statusCode(200); // kept for visitors
        AdminSession admin = AdminSession.signIn();
        var stats = emf.unwrap(SessionFactory.class).getStatistics();
        long before = stats.getPrepareStatementCount();
        Response page = admin.request().get("/roles/data-engineer");
        assertEquals(200, page.statusCode());
        assertTrue(stats.getPrepareStatementCount() > before, "rendered for the signed-in admin, not taken from the cache");
        assertEquals("private, no-cache", page.getHeader("Cache-Control"));
    }

    @Test
    void featuringAJobKeepsTheSurveyFiguresAndASurveyChangeKeepsJobPages() throws Exception {
        TestJobs.contentChanged();
        String jobPage = jobPagePath();
        for (String path : new String[] {"/salaries/data-engineer", PAGE, jobPage, "/jobs"}) {
            Html.get(path).then().statusCode(200);
            assertTrue(pages.contains(path), "kept: " + path);
        }
        long figures = entries(careeratlas.salaries.SalaryFigures.CACHE);
        assertTrue(figures > 0, "survey figures are cached");

        long newest = TestJobs.newestId();
        try (Connection db = connect()) {
            insertFeaturedJob(db, "Scoped Invalidation Engineer");
            assertTrue(eventually(() -> !pages.contains(PAGE)), "a job change drops the pages, which all show the sidebar");
            assertEquals(figures, entries(careeratlas.salaries.SalaryFigures.CACHE), "but keeps the survey figures");
        } finally {
            TestJobs.deleteAfter(newest);
        }

        TestJobs.contentChanged();
        jobPage = jobPagePath();
        for (String path : new String[] {"/salaries/data-engineer", PAGE, jobPage, "/jobs"}) {
            Html.get(path).then().statusCode(200);
        }
        try (Connection db = connect(); PreparedStatement touch = db.prepareStatement(
                "update role_alias set title = title where id = (select min(id) from role_alias)")) {
            touch.executeUpdate();
        }
        assertTrue(eventually(() -> !pages.contains("/salaries/data-engineer")), "a survey change drops salary pages");
        // The replica drops the pages one by one: wait for the whole pass, not just its first page.
        assertTrue(eventually(() -> !pages.contains(PAGE)), "and comparison pages, which show survey figures");
        assertTrue(pages.contains(jobPage), "but keeps job pages, which show none");
        assertTrue(pages.contains("/jobs"), "and the job board");
        assertEquals(0, entries(careeratlas.salaries.SalaryFigures.CACHE), "survey figures are recomputed");
    }

    @Test
    void aChangeOfExchangeRatesDropsTheBoardAndTheFeedOnly() throws Exception {
        TestJobs.contentChanged();
        String jobPage = jobPagePath();
        String board = "/jobs?currency=EUR&salary_min=60000"; // the page cache's key: parameters in order
        for (String path : new String[] {PAGE, jobPage, "/jobs", board, "/roles"}) {
            assertTrue(eventually(() -> Html.get(path).statusCode() == 200 && pages.contains(path)), "kept: " + path);
        }
        try (Connection db = connect(); PreparedStatement insert = db.prepareStatement(
                "insert into exchange_rate (rate_date, currency, per_euro) values (current_date, 'USD', 1.2)")) {
            insert.executeUpdate();
            assertTrue(eventually(() -> !pages.contains(board) && !pages.contains("/jobs")),
                    "a rate change drops the board's pages, which compare and convert pay");
            assertTrue(pages.contains(PAGE) && pages.contains(jobPage) && pages.contains("/roles"),
                    "and keeps every other page");
            assertEquals(0, entries(careeratlas.jobs.ExchangeRates.CACHE), "the rates are read again");
        } finally {
            try (Connection db = connect(); PreparedStatement delete = db.prepareStatement(
                    "delete from exchange_rate where rate_date = current_date and currency = 'USD' and per_euro = 1.2")) {
                delete.executeUpdate();
            }
            TestJobs.contentChanged();
        }
    }

    @Test
    void trackingTagsNeitherMakeEntriesNorPushOutPages() throws InterruptedException {
        TestJobs.contentChanged();
        // A change notification of an earlier test may still arrive and stop one rendering from being kept.
        assertTrue(eventually(() -> Html.get("/").statusCode() == 200 && pages.contains("/")), "the home page is kept");
        String home = Html.get("/").asString();
        long size = pages.size();
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 300; i++) {
            Response r = Html.get("/?utm_source=crawler" + random.nextInt() + "&utm_campaign=" + i + "&fbclid=" + i);
            assertEquals(200, r.statusCode());
            assertEquals(home, r.asString(), "a tracking tag does not change the page");
        }
        assertEquals(size, pages.size(), "no new entries");
        assertTrue(pages.contains("/"), "the home page is still kept");
        Html.get("/jobs?session=" + random.nextInt()).then().statusCode(200);
        assertEquals(size, pages.size(), "a request with an unknown parameter is not kept");
        Html.get("/jobs?level=senior&role=&q=").then().statusCode(200);
        assertTrue(pages.contains("/jobs?level=senior"), "empty parameters are dropped from the key");
        String reordered = Html.get("/jobs?role=data-engineer&level=senior").asString();
        assertEquals(reordered, Html.get("/jobs?level=senior&role=data-engineer").asString());
        assertTrue(pages.contains("/jobs?level=senior&role=data-engineer"), "parameters in a fixed order");
    }

    @Inject
    PageCache pages;

    @Inject
    io.quarkus.cache.CacheManager caches;

    long entries(String cache) {
        return caches.getCache(cache).orElseThrow().as(io.quarkus.cache.CaffeineCache.class).keySet().size();
    }

    static String jobPagePath() {
        String board = Html.get("/jobs").asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"(/jobs/[0-9]+-[a-z0-9-]+)\"").matcher(board);
        assertTrue(m.find(), "the board links a job");
        return m.group(1);
    }

    static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 750 && !condition.getAsBoolean(); i++) {
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    static void insertFeaturedJob(Connection db, String title) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                                 description, apply_url, status, posted_at, expires_on, featured_until)
                select ?, c.id, r.id, 'Remote', true, array['FULL_TIME'], 'MID', 'Inserted by a test.',
                       'https://www.example.com/apply', 'PUBLISHED', now(), current_date + 30, current_date + 30
                from company c, role r where c.slug = 'murmuration' and r.slug = 'data-engineer'
                """)) {
            insert.setString(1, title);
            assertEquals(1, insert.executeUpdate());
        }
    }
}
