package careeratlas.alerts;

import careeratlas.jobs.Job;
import careeratlas.mail.OutboxSender;
import careeratlas.platform.Urls;
import careeratlas.testing.AdminSession;
import careeratlas.testing.HtmlValidator;
import careeratlas.testing.TestClock;
import careeratlas.testing.TestJobs;
import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * E-mail job alerts through the site and the mock mailbox: double opt-in, exactly the new matching jobs once per
 * period, the one-click unsubscribe of RFC 8058, the page of an address's alerts, forgetting an address, refused
 * links, the abuse checks, and one e-mail per due alert when two replicas run at the same moment.
 */
@QuarkusTest
class AlertsTest {

    static final String REMOTE_DATA_ENGINEER = "?role=data-engineer&remote=true";

    @Inject
    OutboxSender sender;

    @Inject
    MockMailbox mailbox;

    @Inject
    EntityManager em;

    @Inject
    AlertRun run;

    @Inject
    AgroalDataSource dataSource;

    final TestJobs jobs = new TestJobs();
    final List<String> addresses = new ArrayList<>();
    Instant start;

    @BeforeEach
    void pinClock() {
        start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestClock.pin(start);
        sender.sendDue();
        mailbox.clear();
    }

    @AfterEach
    void cleanUp() {
        TestClock.release();
        mailbox.clear();
        jobs.deleteAll();
        QuarkusTransaction.requiringNew().run(() -> {
            for (String a : addresses) {
                em.createNativeQuery("delete from alert_subscriber where email = ?1").setParameter(1, a).executeUpdate();
                em.createNativeQuery("delete from outbox where recipient = ?1").setParameter(1, a).executeUpdate();
            }
        });
    }

    @Test
    void aConfirmedAlertGetsExactlyTheNewMatchingJobsOnceAndStopsWithOnePost() {
        String email = address("flow");
        assertEquals(200, subscribe(email, REMOTE_DATA_ENGINEER, "daily").statusCode());
        assertEquals(1, alertsOf(email));
        assertFalse(confirmed(email), "nothing is on before the address is confirmed");

        long early = job("Alert Early Engineer", "data-engineer", true, at(Duration.ofMinutes(30)), j -> { });
        pin(Duration.ofHours(1));
        run.run("test");
        assertEquals(List.of("Confirm your job alert"), subjects(email), "an unconfirmed alert is sent nothing");

        Mail confirmation = only(email, "Confirm your job alert");
        String confirm = link(confirmation, "/alerts/confirm?token=");
        assertTrue(confirm.startsWith(Urls.absolute("/alerts/confirm?token=")), "built from the base URL: " + confirm);
        assertTrue(confirmation.getText().contains("Data Engineer jobs: remote only"), confirmation.getText());

        AdminSession browser = AdminSession.anonymous();
        Response confirmPage = browser.get(path(confirm));
        assertEquals(200, confirmPage.statusCode());
        assertEquals("no-store", confirmPage.getHeader("Cache-Control"));
        assertTrue(confirmPage.asString().contains("Confirm and start the alert"));
        assertEquals(List.of(), HtmlValidator.errors(confirmPage.asString()));
        assertFalse(confirmed(email), "following the link (as a mail scanner does) changes nothing");
        Response confirmedPage = browser.post("/alerts/confirm", Map.of("token", token(confirm)));
        assertEquals(200, confirmedPage.statusCode());
        assertTrue(confirmedPage.asString().contains("Your job alert is on"));
        assertTrue(confirmed(email));

        long matching = job("Alert Matching Engineer", "data-engineer", true, at(Duration.ofHours(2)), j -> { });
        long otherRole = job("Alert Analyst Elsewhere", "data-analyst", true, at(Duration.ofHours(2)), j -> { });
        long onSite = job("Alert Onsite Engineer", "data-engineer", false, at(Duration.ofHours(2)), j -> { });
        long draft = job("Alert Draft Engineer", "data-engineer", true, at(Duration.ofHours(2)),
                j -> j.status = Job.Status.DRAFT);

        pin(Duration.ofHours(3));
        run.run("test");
        Mail alert = only(email, "1 new job");
        assertTrue(alert.getText().contains(Urls.absolute(Urls.jobById(matching)) + "-"), alert.getText());
        assertTrue(alert.getHtml().contains("href=\"" + Urls.absolute(Urls.jobById(matching)) + "-"), "the HTML part lists it too");
        for (long id : List.of(early, otherRole, onSite, draft)) {
            assertFalse(alert.getText().contains(Urls.absolute(Urls.jobById(id)) + "-"), "job " + id + " is not sent");
        }
        String unsubscribe = link(alert, "/alerts/unsubscribe?token=");
        assertEquals(List.of("<" + unsubscribe + ">"), alert.getHeaders().get("List-Unsubscribe"));
        assertEquals(List.of("List-Unsubscribe=One-Click"), alert.getHeaders().get("List-Unsubscribe-Post"));
        link(alert, "/alerts/manage?token=");

        run.run("test");
        pin(Duration.ofHours(4));
        run.run("test");
        assertEquals(0, unsent(email), "a second run sends nothing");
        pin(Duration.ofHours(27));
        run.run("test");
        assertEquals(0, unsent(email), "a day later with no new job: no e-mail");
        assertEquals(2, subjects(email).size(), "the confirmation and one alert: " + subjects(email));

        long later = job("Alert Later Engineer", "data-engineer", true, at(Duration.ofHours(28)), j -> { });
        long laterOnSite = job("Alert Later Onsite Engineer", "data-engineer", false, at(Duration.ofHours(28)), j -> { });
        pin(Duration.ofHours(29));
        run.run("test");
        assertEquals(0, unsent(email), "not due again before its day is over");
        pin(Duration.ofHours(51));
        run.run("test");
        Mail next = only(email, "1 new job");
        assertTrue(next.getText().contains(Urls.absolute(Urls.jobById(later)) + "-"));
        assertFalse(next.getText().contains(Urls.absolute(Urls.jobById(matching)) + "-"), "a job is sent once");
        assertFalse(next.getText().contains(Urls.absolute(Urls.jobById(laterOnSite)) + "-"), "a non-matching job never");

        // RFC 8058: a mail provider POSTs the body to the List-Unsubscribe address: no cookie, no form token.
        Response oneClick = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click").post(path(unsubscribe));
        assertEquals(200, oneClick.statusCode(), oneClick.asString());
        assertEquals(0, alertsOf(email), "the alert is gone");
        assertEquals(200, given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click").post(path(unsubscribe)).statusCode(), "a second click is no error");

        job("Alert After Unsubscribing Engineer", "data-engineer", true, at(Duration.ofHours(52)), j -> { });
        pin(Duration.ofHours(80));
        run.run("test");
        assertEquals(0, unsent(email), "nothing after unsubscribing");
    }

    @Test
    void aWeeklyAlertWaitsForItsWeekAndAnAlertListsAtMostTwentyJobs() {
        String email = address("weekly");
        subscribeAndConfirm(email, "?q=weeklyalertword", "weekly");
        for (int i = 0; i < 22; i++) {
            job("Weeklyalertword Engineer " + i, "data-engineer", false, at(Duration.ofHours(1)), j -> { });
        }
        pin(Duration.ofHours(2));
        run.run("test");
        Mail first = only(email, "22 new jobs");
        assertEquals(20, count(Pattern.compile(Pattern.quote(Urls.absolute("/jobs/")) + "\\d+-weeklyalertword-engineer"), first.getText()),
                "20 jobs listed");
        assertTrue(first.getText().contains("And 2 more"), first.getText());
        assertTrue(first.getText().contains("  Berlin, Germany · Mid-level / Intermediate\n"), "place and level, no empty salary");
        assertTrue(first.getText().contains(Urls.absolute("/jobs?q=weeklyalertword")), "the rest are a link to the board");

        job("Weeklyalertword Scientist", "data-scientist", false, at(Duration.ofHours(3)), j -> { });
        pin(Duration.ofDays(2));
        run.run("test");
        assertEquals(0, unsent(email), "a weekly alert is not due after two days");
        pin(Duration.ofDays(7).plusHours(2));
        run.run("test");
        Mail second = only(email, "1 new job");
        assertTrue(second.getText().contains("Weeklyalertword Scientist at"), second.getText());
    }

    @Test
    void theManagePageListsTheAddressesAlertsAndForgettingDeletesEverything() {
        String email = address("manage");
        String other = address("other");
        subscribeAndConfirm(other, "?role=data-analyst", "daily");
        String manage = subscribeAndConfirm(email, REMOTE_DATA_ENGINEER, "daily");
        subscribe(email, "?skill=python", "weekly").then().statusCode(200);
        String pendingConfirm = link(only(email, "Confirm your job alert"), "/alerts/confirm?token=");

        AdminSession browser = AdminSession.anonymous();
        Response page = browser.get(manage);
        assertEquals(200, page.statusCode());
        assertEquals("no-store", page.getHeader("Cache-Control"));
        String html = page.asString();
        assertTrue(html.contains("<meta name=\"robots\" content=\"noindex\">"));
        assertTrue(html.contains("Data Engineer jobs: remote only") && html.contains("All jobs: skill Python"), html);
        assertTrue(html.contains("waiting for your confirmation"));
        assertTrue(html.contains("href=\"/jobs?role=data-engineer&amp;remote=true\""), "a link to the board with the filters");
        assertTrue(html.contains("Weekly") && html.contains("Daily"));
        assertFalse(html.contains("Data Analyst jobs"), "another address's alert is not shown");
        assertFalse(html.contains(email.replace("@", "%40")), "the address is never in a link");
        assertEquals(List.of(), HtmlValidator.errors(html));

        // A link signed for one purpose does nothing for another.
        assertRefused(given().redirects().follow(false).queryParam("token", token(manage)).get("/alerts/confirm"), 400,
                "This link does not work");
        assertRefused(given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click").queryParam("token", token(manage)).post("/alerts/unsubscribe"), 400,
                "This link does not work");
        assertEquals(2, alertsOf(email));

        job("Forgotten Alert Engineer", "data-engineer", true, at(Duration.ofHours(1)), j -> { });
        pin(Duration.ofHours(2));
        run.run("test");
        assertEquals(1, unsent(email), "an alert e-mail is queued, not sent yet");
        String queuedUnsubscribe = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select text_body from outbox where recipient = ?1 and sent_at is null").setParameter(1, email).getSingleResult());
        Matcher m = Pattern.compile("https?://\\S+/alerts/unsubscribe\\?token=\\S+").matcher(queuedUnsubscribe);
        assertTrue(m.find());
        String unsubscribe = path(m.group());

        browser.get(manage);
        Response forgotten = browser.post("/alerts/forget", Map.of("token", token(manage)));
        assertEquals(200, forgotten.statusCode());
        assertTrue(forgotten.asString().contains("Your address is forgotten"));
        assertEquals(0L, count("select count(*) from alert_subscriber where email = ?1", email));
        assertEquals(0L, count("select count(*) from job_alert a join alert_subscriber s on s.id = a.subscriber_id where s.email = ?1", email));
        assertEquals(0L, count("select count(*) from outbox where lower(recipient) = ?1 and topic = 'alerts'", email),
                "every alert e-mail kept for the address is deleted, sent or not");
        assertEquals(0L, count("select count(*) from alert_attempt where email_hash = ?1",
                careeratlas.platform.Hashes.sha256Hex(email, 32)));
        assertEquals(1L, count("select count(*) from alert_subscriber where email = ?1", other), "other addresses stay");
        sender.sendDue();
        assertTrue(mailbox.getMailsSentTo(email).stream().noneMatch(x -> x.getSubject().contains("new job")),
                "the queued alert e-mail never goes out");

        assertEquals(404, given().redirects().follow(false).get(manage).statusCode(), "the alerts page link stops working");
        assertEquals(404, given().redirects().follow(false).get(path(pendingConfirm)).statusCode(), "so does the confirmation link");
        Response stale = given().redirects().follow(false).get(unsubscribe);
        assertEquals(200, stale.statusCode());
        assertTrue(stale.asString().contains("already stopped"));
    }

    @Test
    void theAlertsPageChangesHowOftenOneAlertComesAndNoOtherAddresses() {
        String email = address("often");
        String other = address("often-other");
        String manage = subscribeAndConfirm(email, REMOTE_DATA_ENGINEER, "daily");
        subscribeAndConfirm(other, "?role=data-analyst", "daily");
        long mine = count("select a.id from job_alert a join alert_subscriber s on s.id = a.subscriber_id where s.email = ?1", email);
        long theirs = count("select a.id from job_alert a join alert_subscriber s on s.id = a.subscriber_id where s.email = ?1", other);

        AdminSession browser = AdminSession.anonymous();
        String html = browser.get(manage).asString();
        assertTrue(html.contains("<input type=\"hidden\" name=\"alert\" value=\"" + mine + "\">"), html);
        assertTrue(html.contains("<option value=\"daily\" selected>Daily</option>"), html);
        assertEquals(List.of(), HtmlValidator.errors(html));

        Response changed = browser.post("/alerts/frequency", Map.of("token", token(manage), "alert", mine, "frequency", "weekly"));
        assertEquals(303, changed.statusCode(), changed.asString());
        java.net.URI location = java.net.URI.create(changed.getHeader("Location"));
        assertEquals(manage, location.getRawPath() + "?" + location.getRawQuery());
        assertEquals("WEEKLY", frequencyOf(mine));
        String after = browser.get(manage).asString();
        assertTrue(after.contains("This alert now comes weekly.") && after.contains("<option value=\"weekly\" selected>Weekly</option>"),
                after);

        // Another address's alert, a made-up frequency, a damaged link: refused, nothing changed.
        browser.get(manage);
        assertRefused(browser.post("/alerts/frequency", Map.of("token", token(manage), "alert", theirs, "frequency", "weekly")),
                404, "This alert no longer exists");
        browser.get(manage);
        assertRefused(browser.post("/alerts/frequency", Map.of("token", token(manage), "alert", mine, "frequency", "hourly")),
                400, "Choose daily or weekly");
        browser.get(manage);
        assertRefused(browser.post("/alerts/frequency", Map.of("token", token(manage) + "x", "alert", mine, "frequency", "daily")),
                400, "This link does not work");
        assertEquals("DAILY", frequencyOf(theirs));
        assertEquals("WEEKLY", frequencyOf(mine));
    }

    private String frequencyOf(long alertId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select frequency from job_alert where id = ?1").setParameter(1, alertId).getSingleResult());
    }

    @Test
    void damagedExpiredAndStaleLinksAreRefusedWithAClearPage() {
        String email = address("links");
        subscribe(email, REMOTE_DATA_ENGINEER, "daily").then().statusCode(200);
        String confirm = path(link(only(email, "Confirm your job alert"), "/alerts/confirm?token="));
        String token = token(confirm);
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        String otherAlert = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("1:x".getBytes())
                + token.substring(token.indexOf('.'));
        AdminSession browser = AdminSession.anonymous();
        browser.get("/alerts/new");
        for (String bad : List.of(forged, otherAlert, "not-a-token", "")) {
            Response get = given().redirects().follow(false).queryParam("token", bad).get("/alerts/confirm");
            assertRefused(get, 400, "This link does not work");
            assertRefused(browser.post("/alerts/confirm", Map.of("token", bad)), 400, "This link does not work");
            assertRefused(given().redirects().follow(false).queryParam("token", bad).get("/alerts/manage"), 400, "This link does not work");
            assertRefused(given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .body("List-Unsubscribe=One-Click").queryParam("token", bad).post("/alerts/unsubscribe"), 400, "This link does not work");
        }
        assertRefused(given().redirects().follow(false).get("/alerts/confirm"), 400, "This link does not work");
        assertEquals(1, alertsOf(email), "nothing was deleted");
        assertFalse(confirmed(email), "nor confirmed");

        TestClock.pin(start.plus(Duration.ofDays(2)).plusSeconds(1));
        assertRefused(given().redirects().follow(false).get(confirm), 410, "This link has expired");
        browser.get("/alerts/new");
        assertRefused(browser.post("/alerts/confirm", Map.of("token", token)), 410, "This link has expired");
        assertFalse(confirmed(email), "an expired link confirms nothing");

        TestClock.pin(start);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from job_alert where subscriber_id = (select id from alert_subscriber where email = ?1)")
                .setParameter(1, email).executeUpdate());
        assertRefused(given().redirects().follow(false).get(confirm), 404, "This alert no longer exists");
    }

    @Test
    void robotsBadFormsRateLimitsAndTheCapStoreNothing() {
        String email = address("abuse");
        AdminSession browser = AdminSession.anonymous();
        browser.get(Urls.alertNew(REMOTE_DATA_ENGINEER));
        Response trap = browser.post("/alerts", Map.of("email", email, "frequency", "daily",
                "filters", REMOTE_DATA_ENGINEER, "website", "http://spam.example"));
        assertEquals(200, trap.statusCode(), "a robot is told what a person is told");
        assertEquals(0, alertsOf(email), "but nothing is saved");

        Response badAddress = browser.post("/alerts", Map.of("email", "not-an-address", "frequency", "weekly",
                "filters", REMOTE_DATA_ENGINEER, "website", ""));
        assertEquals(400, badAddress.statusCode());
        assertTrue(badAddress.asString().contains("Enter your e-mail address"));
        assertTrue(badAddress.asString().contains("value=\"not-an-address\""), "what was typed stays");
        assertTrue(badAddress.asString().contains("id=\"frequency-weekly\" name=\"frequency\" type=\"radio\" value=\"weekly\" checked"));
        assertEquals(List.of(), HtmlValidator.errors(badAddress.asString()));
        assertEquals(400, browser.post("/alerts", Map.of("email", email, "frequency", "hourly",
                "filters", REMOTE_DATA_ENGINEER, "website", "")).statusCode());
        for (String filters : List.of("?role=no-such-role", "?remote=true&role=data-engineer", "?role=data-engineer&page=2",
                "role=data-engineer", "?utm_source=x")) {
            assertEquals(400, browser.post("/alerts", Map.of("email", email, "frequency", "daily", "filters", filters,
                    "website", "")).statusCode(), "filters that are not the board's canonical ones: " + filters);
        }
        assertEquals(0, alertsOf(email));

        for (int i = 0; i < 3; i++) {
            assertEquals(200, subscribe(email, "?q=ratelimit" + i, "daily").statusCode());
        }
        Response fourth = subscribe(email, "?q=ratelimit3", "daily");
        assertEquals(429, fourth.statusCode());
        assertTrue(fourth.asString().contains("Too many alerts asked for"));
        assertEquals(3, alertsOf(email), "the fourth within the hour is not saved");

        for (int i = 3; i < 10; i++) {
            pin(Duration.ofHours(2L * i));
            assertEquals(200, subscribe(email, "?q=ratelimit" + i, "daily").statusCode());
        }
        assertEquals(10, alertsOf(email));
        pin(Duration.ofHours(30));
        mailbox.clear();
        assertEquals(200, subscribe(email, "?q=ratelimit10", "daily").statusCode(), "the page says the same");
        assertEquals(10, alertsOf(email), "but an address has at most 10 alerts");
        assertTrue(only(email, "not added").getText().contains(Urls.absolute("/alerts/manage?token=")));
        pin(Duration.ofHours(32));
        assertEquals(200, subscribe(email, "?q=ratelimit1", "weekly").statusCode());
        assertEquals(10, alertsOf(email), "the same filters twice are one alert");
        only(email, "Confirm your job alert");
    }

    @Test
    void theBoardLinksToTheFormWhichIsNeverCached() {
        String board = given().get("/jobs" + REMOTE_DATA_ENGINEER).then().statusCode(200).extract().asString();
        assertTrue(board.contains("href=\"/alerts/new?role=data-engineer&amp;remote=true\""), "the board keeps its filters");
        assertFalse(board.contains("csrf-token"), "the cached board carries no form token");

        for (int i = 0; i < 2; i++) {
            Response form = given().redirects().follow(false).get(Urls.alertNew(REMOTE_DATA_ENGINEER));
            assertEquals(200, form.statusCode());
            assertEquals("no-store", form.getHeader("Cache-Control"));
            assertNull(form.getHeader("ETag"), "not a public page");
            assertNotNull(form.getCookie("csrf-token"), "rendered for this visitor, not from the page cache");
            String html = form.asString();
            assertTrue(html.contains("Data Engineer jobs: remote only"), "the filters in words");
            assertTrue(html.contains("name=\"filters\" value=\"?role=data-engineer&amp;remote=true\""));
            assertTrue(html.contains("<meta name=\"robots\" content=\"noindex\">"));
        }
        String all = given().get("/alerts/new").then().statusCode(200).extract().asString();
        assertTrue(all.contains("All jobs"));
        String unknown = given().get("/alerts/new?role=no-such-role&remote=true").then().statusCode(200).extract().asString();
        assertTrue(unknown.contains("Some filters were left out") && unknown.contains("All jobs: remote only"), unknown);
    }

    @Test
    void twoReplicasRunningAtTheSameMomentSendEachDueAlertOnce() throws Exception {
        job("Concurrent Alert Engineer", "data-engineer", true, at(Duration.ofMinutes(-30)), j -> { });
        List<String> due = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            due.add(address("replica" + i));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (String a : due) {
                long s = ((Number) em.createNativeQuery("""
                        insert into alert_subscriber (email, secret, created_at) values (?1, ?2, ?3) returning id""")
                        .setParameter(1, a).setParameter(2, "s".repeat(43)).setParameter(3, at(Duration.ofDays(-1)))
                        .getSingleResult()).longValue();
                em.createNativeQuery("""
                        insert into job_alert (subscriber_id, filters, frequency, created_at, confirmed_at, checked_until)
                        values (?1, ?2, 'DAILY', ?3, ?3, ?4)""")
                        .setParameter(1, s).setParameter(2, REMOTE_DATA_ENGINEER).setParameter(3, at(Duration.ofDays(-1)))
                        .setParameter(4, at(Duration.ofHours(-1))).executeUpdate();
            }
        });
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 2; round++) {
                CountDownLatch ready = new CountDownLatch(2);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<AlertRun.Result>> results = new ArrayList<>();
                for (int r = 0; r < 2; r++) {
                    String name = "replica-" + r;
                    results.add(replicas.submit(() -> {
                        ready.countDown();
                        go.await();
                        return run.run(name);
                    }));
                }
                assertTrue(ready.await(10, TimeUnit.SECONDS));
                go.countDown();
                int queued = 0;
                for (Future<AlertRun.Result> f : results) {
                    queued += f.get(60, TimeUnit.SECONDS).queued();
                }
                assertEquals(round == 0 ? due.size() : 0, queued, "round " + round);
            }
        } finally {
            replicas.shutdownNow();
        }
        for (String a : due) {
            assertEquals(1L, count("select count(*) from outbox where recipient = ?1 and topic = 'alerts'", a),
                    "exactly one alert e-mail to " + a);
        }
    }

    @Test
    void anAlertClaimedByAnotherRunIsSkippedAndSentOnceLater() throws Exception {
        job("Claimed Alert Engineer", "data-engineer", true, at(Duration.ofMinutes(-30)), j -> { });
        String claimed = address("claimed");
        String free = address("free");
        QuarkusTransaction.requiringNew().run(() -> {
            for (String a : List.of(claimed, free)) {
                long s = ((Number) em.createNativeQuery("""
                        insert into alert_subscriber (email, secret, created_at) values (?1, ?2, ?3) returning id""")
                        .setParameter(1, a).setParameter(2, "c".repeat(43)).setParameter(3, at(Duration.ofDays(-1)))
                        .getSingleResult()).longValue();
                em.createNativeQuery("""
                        insert into job_alert (subscriber_id, filters, frequency, created_at, confirmed_at, checked_until)
                        values (?1, ?2, 'WEEKLY', ?3, ?3, ?4)""")
                        .setParameter(1, s).setParameter(2, REMOTE_DATA_ENGINEER).setParameter(3, at(Duration.ofDays(-1)))
                        .setParameter(4, at(Duration.ofHours(-1))).executeUpdate();
            }
        });
        // Another replica holds the row of one alert (between its claim and its commit), without the advisory lock.
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("select a.id from job_alert a join alert_subscriber s on s.id = a.subscriber_id where s.email = '"
                    + claimed + "' for update of a");
            AlertRun.Result r = run.run("test");
            assertTrue(r.ran());
            assertEquals(1L, count("select count(*) from outbox where recipient = ?1 and topic = 'alerts'", free));
            assertEquals(0L, count("select count(*) from outbox where recipient = ?1 and topic = 'alerts'", claimed),
                    "a claimed alert is skipped, not waited for");
            c.rollback();
        }
        run.run("test");
        run.run("test");
        assertEquals(1L, count("select count(*) from outbox where recipient = ?1 and topic = 'alerts'", claimed),
                "once the claim is gone it is sent, once");
        assertEquals(1L, count("select count(*) from outbox where recipient = ?1 and topic = 'alerts'", free));
    }

    @Test
    void anAdminSeesTheFiguresAndStartsARun() {
        String email = address("admin");
        subscribeAndConfirm(email, REMOTE_DATA_ENGINEER, "daily");
        job("Admin Run Alert Engineer", "data-engineer", true, at(Duration.ofMinutes(30)), j -> { });
        pin(Duration.ofHours(1));
        AdminSession admin = AdminSession.signIn();
        String page = admin.get(Urls.adminAlerts()).then().statusCode(200).extract().asString();
        assertTrue(page.contains("confirmed") && page.contains("Run the alerts now"));
        assertEquals(List.of(), HtmlValidator.errors(page));
        assertEquals(403, given().redirects().follow(false).cookies(admin.cookies()).contentType("application/x-www-form-urlencoded")
                .post(Urls.adminAlertsRun()).statusCode(), "no run without the form token");
        assertEquals(0, unsent(email));
        Response ran = admin.post(Urls.adminAlertsRun(), Map.of());
        assertEquals(303, ran.statusCode());
        assertEquals(1, unsent(email), "the run queued the alert e-mail");
        String after = admin.get(Urls.adminAlerts()).asString();
        assertTrue(after.contains("Alert run done"), after);
        assertTrue(after.contains("by admin"), "the last run and who started it");
    }

    // --- helpers ---

    private String address(String what) {
        String a = what + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        addresses.add(a);
        return a;
    }

    private void pin(Duration sinceStart) {
        TestClock.pin(start.plus(sinceStart));
    }

    private OffsetDateTime at(Duration sinceStart) {
        return start.plus(sinceStart).atOffset(ZoneOffset.UTC);
    }

    private long job(String title, String role, boolean remote, OffsetDateTime postedAt, Consumer<Job> more) {
        return jobs.create(title, role, j -> {
            j.postedAt = postedAt;
            j.remote = remote;
            j.remotePolicy = remote ? Job.RemotePolicy.REMOTE : Job.RemotePolicy.ONSITE;
            more.accept(j);
        });
    }

    /** Loads the form for the filters and sends it, as a browser does. */
    private Response subscribe(String email, String filters, String frequency) {
        AdminSession browser = AdminSession.anonymous();
        browser.get(Urls.alertNew(filters)).then().statusCode(200);
        return browser.post("/alerts", Map.of("email", email, "frequency", frequency, "filters", filters, "website", ""));
    }

    /** Subscribes and confirms through the e-mailed link; returns the address's management page (a path). */
    private String subscribeAndConfirm(String email, String filters, String frequency) {
        subscribe(email, filters, frequency).then().statusCode(200);
        String confirm = link(only(email, "Confirm your job alert"), "/alerts/confirm?token=");
        AdminSession browser = AdminSession.anonymous();
        browser.get(path(confirm)).then().statusCode(200);
        String page = browser.post("/alerts/confirm", Map.of("token", token(confirm))).then().statusCode(200)
                .extract().asString();
        Matcher m = Pattern.compile("href=\"(/alerts/manage\\?token=[^\"]+)\"").matcher(page);
        assertTrue(m.find(), "the confirmation page links to the address's alerts");
        mailbox.clear();
        return m.group(1);
    }

    private static void assertRefused(Response r, int status, String heading) {
        assertEquals(status, r.statusCode(), r.asString());
        assertTrue(r.asString().contains("<html lang=\"en\">") && r.asString().contains(heading), r.asString());
    }

    private Mail only(String email, String subject) {
        sender.sendDue();
        List<Mail> mails = mailbox.getMailsSentTo(email).stream().filter(m -> m.getSubject().contains(subject)).toList();
        assertEquals(1, mails.size(), "one '" + subject + "' mail to " + email + ": "
                + mailbox.getMailsSentTo(email).stream().map(Mail::getSubject).toList());
        assertNotNull(mails.get(0).getHtml(), "an HTML part");
        mailbox.clear();
        return mails.get(0);
    }

    /** Every subject queued to the address so far (sent or not). */
    @SuppressWarnings("unchecked")
    private List<String> subjects(String email) {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) em.createNativeQuery(
                "select subject from outbox where recipient = ?1 order by id").setParameter(1, email).getResultList());
    }

    private long unsent(String email) {
        return count("select count(*) from outbox where recipient = ?1 and sent_at is null", email);
    }

    private static String link(Mail mail, String prefix) {
        Matcher m = Pattern.compile("https?://\\S+?" + Pattern.quote(prefix) + "\\S+").matcher(mail.getText());
        assertTrue(m.find(), "a link " + prefix + " in: " + mail.getText());
        assertTrue(mail.getHtml().contains("href=\"" + m.group().replace("&", "&amp;") + "\""), "the HTML part has the same link");
        return m.group();
    }

    private static String path(String absolute) {
        return absolute.startsWith("http") ? absolute.substring(Urls.absolute("").length()) : absolute;
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + 6);
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private long count(String sql, String value) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).setParameter(1, value)
                .getSingleResult()).longValue());
    }

    private int alertsOf(String email) {
        return (int) count("select count(*) from job_alert a join alert_subscriber s on s.id = a.subscriber_id where s.email = ?1", email);
    }

    private boolean confirmed(String email) {
        return count("""
                select count(*) from job_alert a join alert_subscriber s on s.id = a.subscriber_id
                where s.email = ?1 and a.confirmed_at is not null""", email) > 0;
    }
}
