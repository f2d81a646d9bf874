package careeratlas.employers;

import careeratlas.jobs.Job;
import careeratlas.mail.OutboxSender;
import careeratlas.platform.Urls;
import careeratlas.testing.AdminSession;
import careeratlas.testing.HtmlValidator;
import careeratlas.testing.JobForms;
import careeratlas.testing.TestClock;
import careeratlas.testing.TestJobs;
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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Employers post jobs: confirmation by e-mail, moderation, the management link, and the abuse checks. */
@QuarkusTest
class EmployerPostingTest {

    private static final Pattern STARTED = Pattern.compile("name=\"started\" value=\"([^\"]+)\"");

    @Inject
    OutboxSender sender;

    @Inject
    MockMailbox mailbox;

    @Inject
    EntityManager em;

    @Inject
    EmployerPostings postings;

    final List<Long> created = new ArrayList<>();
    Instant start;

    @BeforeEach
    void pinClock() {
        start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestClock.pin(start);
    }

    @AfterEach
    void cleanUp() {
        TestClock.release();
        mailbox.clear();
        QuarkusTransaction.requiringNew().run(() -> created.forEach(id -> Job.deleteById(id)));
        TestJobs.contentChanged();
    }

    @Test
    void anEmployerPostsConfirmsAndTheAdminApproves() {
        String email = unique("approve");
        String title = "Employer Flow Engineer " + shortId();
        Response posted = post(title, email, Map.of());
        assertEquals(200, posted.statusCode(), posted.asString());
        assertTrue(posted.asString().contains("Check your e-mail"));
        long id = jobId(title);
        assertEquals("UNCONFIRMED", state(id));
        assertEquals(Job.Status.DRAFT, status(id));
        assertEquals(404, given().redirects().follow(true).get(Urls.jobById(id)).statusCode(), "not public yet");

        String confirm = link(only(email, "Confirm your job posting"), "/jobs/post/confirm?token=");
        assertTrue(confirm.startsWith(Urls.absolute("/jobs/post/confirm?token=")), "built from the base URL: " + confirm);
        assertEquals("UNCONFIRMED", state(id), "nothing moves before the link is followed");
        String page = given().get(path(confirm)).then().statusCode(200).extract().asString();
        assertTrue(page.contains("your job is in review"));
        assertEquals("PENDING", state(id));
        given().get(path(confirm)).then().statusCode(200);
        assertEquals(List.of("SUBMITTED", "CONFIRMED"), audit(id), "confirming twice is recorded once");
        only(email, "Manage your jobs");

        AdminSession admin = AdminSession.signIn();
        String queue = admin.get("/admin/moderation").then().statusCode(200).extract().asString();
        assertTrue(queue.contains(title) && queue.contains(email), "the queue shows the job and the employer");
        assertEquals(List.of(), HtmlValidator.errors(queue));
        assertEquals(303, admin.post(Urls.adminModeration(id, "approve"), Map.of()).statusCode());
        assertEquals("APPROVED", state(id));
        assertEquals(Job.Status.PUBLISHED, status(id));
        TestJobs.contentChanged();
        String jobPage = given().redirects().follow(true).get(Urls.jobById(id)).then().statusCode(200).extract().asString();
        assertTrue(jobPage.contains(title), "the job is public");
        assertTrue(only(email, "Your job is published").getText().contains(Urls.absolute(Urls.jobById(id)) + "-"));
        assertEquals(List.of("SUBMITTED", "CONFIRMED", "APPROVED"), audit(id));
        assertFalse(admin.get("/admin/moderation").asString().contains(title), "approved jobs leave the queue");
    }

    @Test
    void aRejectedJobStaysPrivateAndTheEmployerGetsTheReason() {
        String email = unique("reject");
        String title = "Employer Rejected Engineer " + shortId();
        post(title, email, Map.of()).then().statusCode(200);
        long id = jobId(title);
        given().get(path(link(only(email, "Confirm your job posting"), "/jobs/post/confirm?token="))).then().statusCode(200);
        AdminSession admin = AdminSession.signIn();
        admin.get("/admin/moderation");
        assertEquals(400, admin.post(Urls.adminModeration(id, "reject"), Map.of("reason", " ")).statusCode(), "a reason is required");
        assertEquals(303, admin.post(Urls.adminModeration(id, "reject"), Map.of("reason", "Not a data or AI role")).statusCode());
        assertEquals("REJECTED", state(id));
        assertEquals(Job.Status.DRAFT, status(id));
        assertTrue(only(email, "not accepted").getText().contains("Not a data or AI role"));
        assertEquals(List.of("SUBMITTED", "CONFIRMED", "REJECTED"), audit(id));
        assertEquals(404, admin.post(Urls.adminModeration(id, "approve"), Map.of()).statusCode(), "decided once");
    }

    @Test
    void theManagementLinkWorksForItsAddressOnlyAndExpires() {
        String email = unique("manage");
        String title = "Employer Managed Engineer " + shortId();
        post(title, email, Map.of()).then().statusCode(200);
        long id = jobId(title);
        given().get(path(link(only(email, "Confirm your job posting"), "/jobs/post/confirm?token="))).then().statusCode(200);
        String manage = path(link(only(email, "Manage your jobs"), "/employers/manage?token="));
        String token = manage.substring(manage.indexOf("token=") + 6);
        assertTrue(postings.approve(id, "admin"));

        AdminSession browser = AdminSession.anonymous();
        String page = browser.get(manage).then().statusCode(200).extract().asString();
        assertTrue(page.contains(title) && page.contains("Published"));
        assertEquals(List.of(), HtmlValidator.errors(page));

        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertEquals(403, given().get("/employers/manage?token=" + forged).statusCode(), "a tampered token is refused");
        String otherAddress = postings.manageToken("someone-else@example.org");
        assertFalse(given().get("/employers/manage?token=" + otherAddress).asString().contains(title),
                "another address's link does not show this job");

        LocalDate before = expires(id);
        assertEquals(303, browser.post(Urls.employerJob(id, "renew"), Map.of("token", token)).statusCode());
        assertEquals(before.plusDays(30), expires(id));
        assertEquals(303, browser.post(Urls.employerJob(id, "feature"), Map.of("token", token)).statusCode());
        AdminSession admin = AdminSession.signIn();
        assertTrue(admin.get("/admin/moderation").asString().contains(title), "the featuring request is in the queue");

        String edit = browser.get(Urls.employerJobEdit(id, token)).then().statusCode(200).extract().asString();
        assertEquals(List.of(), HtmlValidator.errors(edit));
        Map<String, Object> form = new HashMap<>(JobForms.valid(title + " v2"));
        form.put("token", token);
        form.put("expiresOn", LocalDate.now().plusDays(40).toString());
        assertEquals(303, browser.post(Urls.employerJob(id, "edit"), form).statusCode());
        assertEquals("PENDING", state(id), "an edited published job goes back to review");
        assertEquals(Job.Status.DRAFT, status(id));
        assertEquals(303, browser.post(Urls.employerJob(id, "close"), Map.of("token", token)).statusCode());
        assertEquals("CLOSED", state(id));
        assertTrue(audit(id).containsAll(List.of("RENEWED", "FEATURE_REQUESTED", "EDITED", "CLOSED")), audit(id).toString());

        TestClock.pin(start.plus(Duration.ofDays(15)));
        assertEquals(403, given().get(manage).statusCode(), "the link expires");
        TestClock.pin(start);
        assertEquals(403, browser.post(Urls.employerJob(id, "renew"), Map.of("token", forged)).statusCode());

        mailbox.clear();
        AdminSession anon = AdminSession.anonymous();
        anon.get(Urls.employerLink()).then().statusCode(200);
        assertEquals(200, anon.post(Urls.employerLink(), Map.of("email", email.toUpperCase())).statusCode());
        assertEquals(200, anon.post(Urls.employerLink(), Map.of("email", unique("nobody"))).statusCode(), "same answer for unknown addresses");
        sender.sendDue();
        assertEquals(1, mailbox.getMailsSentTo(email).size(), "the link is re-sent to the same address");
    }

    @Test
    void theHoneypotAndTheFillTimeStopRobots() {
        String email = unique("robot");
        String title = "Employer Robot Engineer " + shortId();
        Response trap = post(title, email, Map.of("website", "http://spam.example"));
        assertEquals(200, trap.statusCode(), "a robot is told what a person is told");
        assertEquals(0, count(title), "but nothing is saved");

        AdminSession browser = AdminSession.anonymous();
        String formPage = browser.get("/jobs/post").then().statusCode(200).extract().asString();
        assertEquals(List.of(), HtmlValidator.errors(formPage));
        String started = started(formPage);
        Map<String, Object> fast = form(title, email, started);
        TestClock.pin(start.plusSeconds(1));
        Response tooFast = browser.post("/jobs/post", fast);
        assertEquals(400, tooFast.statusCode());
        assertTrue(tooFast.asString().contains("too quickly"));
        fast.put("started", started.substring(0, started.length() - 1) + (started.endsWith("A") ? "B" : "A"));
        TestClock.pin(start.plusSeconds(30));
        assertEquals(400, browser.post("/jobs/post", fast).statusCode(), "a tampered load time is refused");
        fast.put("started", "");
        assertEquals(400, browser.post("/jobs/post", fast).statusCode(), "a missing load time is refused");
        TestClock.pin(start.plus(Duration.ofDays(2)));
        fast.put("started", started);
        int dayOld = browser.post("/jobs/post", fast).statusCode();
        assertTrue(dayOld == 400 || dayOld == 403, "a day-old form is refused: " + dayOld);
        assertEquals(0, count(title));
    }

    @Test
    void theFormKeepsTheAdminFormsRulesAndAsksForTheEmployer() {
        AdminSession browser = AdminSession.anonymous();
        String started = started(browser.get("/jobs/post").asString());
        Map<String, Object> f = form("", "not-an-address", started);
        f.put("salaryMin", "90000");
        f.put("salaryMax", "1000");
        f.put("description", "<script>alert(1)</script>");
        f.put("action", "preview");
        TestClock.pin(start.plusSeconds(10));
        String preview = browser.post("/jobs/post", f).then().statusCode(200).extract().asString();
        assertFalse(preview.contains("<script>alert(1)"), "Markdown is sanitized");
        f.put("action", "save");
        String page = browser.post("/jobs/post", f).then().statusCode(400).extract().asString();
        assertTrue(page.contains("Enter the job title."));
        assertTrue(page.contains("The maximum salary cannot be lower than the minimum."));
        assertTrue(page.contains("Enter your e-mail address"));
        assertEquals(List.of(), HtmlValidator.errors(page));
    }

    @Test
    void oneAddressCannotPostMoreThanTheLimit() {
        String email = unique("limit");
        String title = "Employer Limit Engineer " + shortId();
        for (int i = 0; i < 3; i++) {
            post(title + " " + i, email, Map.of()).then().statusCode(200);
        }
        Response fourth = post(title + " 3", email, Map.of());
        assertEquals(429, fourth.statusCode());
        assertTrue(fourth.asString().contains("Too many jobs posted"));
        assertEquals(0, count(title + " 3"));
    }

    @Test
    void employersAreRemindedFiveDaysBeforeTheirJobClosesOnce() {
        String email = unique("remind");
        String title = "Employer Reminded Engineer " + shortId();
        post(title, email, Map.of("expiresOn", LocalDate.now().plusDays(5).toString())).then().statusCode(200);
        long id = jobId(title);
        given().get(path(link(only(email, "Confirm your job posting"), "/jobs/post/confirm?token="))).then().statusCode(200);
        assertTrue(postings.approve(id, "admin"));
        sender.sendDue();
        mailbox.clear();
        assertTrue(postings.sendExpiryReminders() >= 1);
        assertEquals(0, postings.sendExpiryReminders(), "once per job and closing date");
        Mail reminder = only(email, "closes on");
        assertTrue(reminder.getText().contains(Urls.absolute("/employers/manage?token=")));
    }

    // --- helpers ---

    private Response post(String title, String email, Map<String, Object> extra) {
        AdminSession browser = AdminSession.anonymous();
        TestClock.pin(start);
        String started = started(browser.get("/jobs/post").then().statusCode(200).extract().asString());
        Map<String, Object> f = form(title, email, started);
        f.putAll(extra);
        TestClock.pin(start.plusSeconds(10));
        Response r = browser.post("/jobs/post", f);
        if (r.statusCode() == 200 && count(title) == 1) {
            created.add(jobId(title));
        }
        return r;
    }

    private static Map<String, Object> form(String title, String email, String started) {
        Map<String, Object> f = new HashMap<>(JobForms.valid(title));
        f.remove("status");
        f.remove("featuredUntil");
        f.remove("formToken");
        f.put("employerName", "Ada Employer");
        f.put("employerEmail", email);
        f.put("website", "");
        f.put("started", started);
        return f;
    }

    private static String started(String html) {
        Matcher m = STARTED.matcher(html);
        assertTrue(m.find(), "the form carries its signed load time");
        return m.group(1);
    }

    private Mail only(String email, String subject) {
        sender.sendDue();
        List<Mail> mails = mailbox.getMailsSentTo(email).stream().filter(m -> m.getSubject().contains(subject)).toList();
        assertEquals(1, mails.size(), "one '" + subject + "' mail to " + email + ": "
                + mailbox.getMailsSentTo(email).stream().map(Mail::getSubject).toList());
        assertNotNull(mails.get(0).getHtml(), "an HTML part");
        return mails.get(0);
    }

    private static String link(Mail mail, String prefix) {
        Matcher m = Pattern.compile("https?://\\S+?" + Pattern.quote(prefix) + "\\S+").matcher(mail.getText());
        assertTrue(m.find(), "a link " + prefix + " in: " + mail.getText());
        assertTrue(mail.getHtml().contains("href=\"" + m.group().replace("&", "&amp;") + "\""), "the HTML part has the same link");
        return m.group();
    }

    private static String path(String absolute) {
        return absolute.substring(Urls.absolute("").length());
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String unique(String what) {
        return what + "-" + shortId() + "@example.org";
    }

    private long count(String title) {
        return QuarkusTransaction.requiringNew().call(() -> Job.count("title", title));
    }

    private long jobId(String title) {
        return QuarkusTransaction.requiringNew().call(() -> Job.<Job>find("title", title).firstResult().id);
    }

    private String state(long id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select state from employer_job where job_id = ?1").setParameter(1, id).getSingleResult());
    }

    private Job.Status status(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Job.<Job>findById(id).status);
    }

    private LocalDate expires(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Job.<Job>findById(id).expiresOn);
    }

    @SuppressWarnings("unchecked")
    private List<String> audit(long id) {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) em.createNativeQuery(
                "select action from job_audit where job_id = ?1 order by at, id").setParameter(1, id).getResultList());
    }
}
