package careeratlas.jobs;

import careeratlas.platform.Urls;
import careeratlas.testing.Html;
import careeratlas.testing.TestClock;
import careeratlas.testing.TestJobs;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One clock: near midnight the board, the job page, the feed and the sitemap agree on what has expired. */
@QuarkusTest
class ExpiryClockTest {

    final TestJobs jobs = new TestJobs();

    @AfterEach
    void cleanUp() {
        TestClock.release();
        jobs.deleteAll();
    }

    @Test
    void everyPageAgreesOnExpiryAroundMidnight() {
        LocalDate day = LocalDate.of(2031, 3, 10);
        long lastDay = jobs.create("Midnight Last Day Engineer", "data-engineer", j -> j.expiresOn = day);
        long closed = jobs.create("Midnight Closed Engineer", "data-engineer", j -> j.expiresOn = day.minusDays(1));
        String lastDayPage = Urls.job(lastDay, "Midnight Last Day Engineer", "murmuration");
        String closedPage = Urls.job(closed, "Midnight Closed Engineer", "murmuration");

        TestClock.pin(Instant.parse("2031-03-10T23:59:30Z"));
        TestJobs.contentChanged();
        assertOpen(lastDayPage, "Midnight Last Day Engineer", true);
        assertOpen(closedPage, "Midnight Closed Engineer", false);

        TestClock.pin(Instant.parse("2031-03-11T00:00:30Z"));
        TestJobs.contentChanged();
        assertOpen(lastDayPage, "Midnight Last Day Engineer", false);
        assertOpen(closedPage, "Midnight Closed Engineer", false);
    }

    private static void assertOpen(String page, String title, boolean open) {
        String board = Html.get("/jobs?q=midnight").asString();
        String feed = given().get("/jobs/feed.xml?q=midnight").then().statusCode(200).extract().asString();
        String sitemap = given().get("/sitemap.xml").then().statusCode(200).extract().asString();
        String job = Html.get(page).then().statusCode(200).extract().asString();
        assertTrue(board.contains("<main"), "the board renders");
        if (open) {
            assertTrue(board.contains("href=\"" + page + "\""), "on the board: " + title);
            assertTrue(feed.contains(title), "in the feed: " + title);
            assertTrue(sitemap.contains(page), "in the sitemap: " + page);
            assertFalse(job.contains("This job has expired."), "the job page is open: " + title);
        } else {
            assertFalse(board.contains("href=\"" + page + "\""), "not on the board: " + title);
            assertFalse(feed.contains(title), "not in the feed: " + title);
            assertFalse(sitemap.contains(page), "not in the sitemap: " + page);
            assertTrue(job.contains("This job has expired."), "the job page says it expired: " + title);
        }
    }
}
