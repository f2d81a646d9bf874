package careeratlas.platform;

import careeratlas.testing.AdminSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Public pages carry an ETag and answer 304 when unchanged; admin and personal pages are never shared. */
@QuarkusTest
class HttpCachingTest {

    @Test
    void publicPagesAreCacheableAndRevalidated() {
        for (String path : java.util.List.of("/", "/roles/data-engineer", "/compare/data-engineer-vs-machine-learning-research-engineer", "/jobs?level=senior")) {
            Response first = given().get(path);
            assertEquals(200, first.statusCode());
            String etag = first.getHeader("ETag");
            assertNotNull(etag, path);
            assertTrue(etag.matches("W/\"[0-9a-f]{24}\""), "a weak validator: the same page goes out gzipped or not: " + etag);
            assertEquals("Accept-Encoding", first.getHeader("Vary"), path);
            assertEquals("public, max-age=60, stale-while-revalidate=300", first.getHeader("Cache-Control"));
            Response again = given().header("If-None-Match", etag).get(path);
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.asString());
            assertEquals(200, given().header("If-None-Match", "\"something-else\"").get(path).statusCode());
            String strong = etag.substring(2);
            assertEquals(304, given().header("If-None-Match", "\"other\", " + strong).get(path).statusCode(),
                    "a list, compared weakly");
            assertEquals(304, given().header("If-None-Match", "*").get(path).statusCode(), "* matches a current page");
            Response kept = given().header("If-None-Match", "W/\"other\", " + etag).get(path);
            assertEquals(304, kept.statusCode(), "from the page cache too");
            assertEquals(etag, kept.getHeader("ETag"));
            assertEquals("Accept-Encoding", kept.getHeader("Vary"));
        }
    }

    @Test
    void gzipAndIdentityShareTheWeakTagAndVary() {
        String path = "/roles/data-scientist";
        given().get(path);
        Response gzip = given().header("Accept-Encoding", "gzip").get(path);
        Response plain = given().header("Accept-Encoding", "identity").get(path);
        assertEquals("gzip", gzip.getHeader("Content-Encoding"));
        assertEquals(gzip.getHeader("ETag"), plain.getHeader("ETag"));
        assertEquals("Accept-Encoding", gzip.getHeader("Vary"));
        assertEquals("Accept-Encoding", plain.getHeader("Vary"));
        assertEquals("Accept-Encoding", given().get(StaticAssets.stylesheet()).getHeader("Vary"));
    }

    @Test
    void pagesChangeTheirEtagWhenTheirContentChanges() {
        String before = given().get("/roles/data-analyst").getHeader("ETag");
        careeratlas.testing.TestJobs jobs = new careeratlas.testing.TestJobs();
        try {
            jobs.create("Etag Check Analyst", "data-analyst", j -> j.featuredUntil = java.time.LocalDate.now().plusDays(3));
            String after = given().get("/roles/data-analyst").getHeader("ETag");
            assertTrue(!before.equals(after), "a new featured job changes the page");
        } finally {
            jobs.deleteAll();
        }
    }

    @Test
    void signedInAndAdminPagesStayPrivate() {
        AdminSession admin = AdminSession.signIn();
        Response page = admin.request().get("/roles/data-engineer");
        assertEquals("private, no-cache", page.getHeader("Cache-Control"));
        assertNull(page.getHeader("ETag"));
        assertEquals("no-store", admin.request().get("/admin").getHeader("Cache-Control"));
    }
}
