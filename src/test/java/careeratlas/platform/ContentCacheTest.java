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
            while (waited < 1_000 && !html.contains("Notified Data Engineer")) {
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
