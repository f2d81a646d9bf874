package careeratlas.admin;

import careeratlas.jobs.JobForm;
import careeratlas.jobs.JobAudit;
import careeratlas.jobs.Job;
import careeratlas.testing.AdminSession;
import careeratlas.testing.TestJobs;
import careeratlas.testing.Html;
import careeratlas.testing.JobForms;
import careeratlas.testing.HtmlValidator;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static careeratlas.testing.Html.escape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The job form: validation, saving, double submits, concurrent edits, the audit trail and XSS. */
@QuarkusTest
class AdminJobFormTest {

    AdminSession admin;
    long lastSeedJob;

    @BeforeEach
    void signIn() {
        admin = AdminSession.signIn();
        lastSeedJob = TestJobs.newestId();
    }

    /** The jobs a test posted are removed again, so other tests see the seed data only. */
    @AfterEach
    void removePostedJobs() {
        TestJobs.deleteAfter(lastSeedJob);
    }

    static Map<String, Object> valid(String title) {
        return JobForms.valid(title);
    }

    @Test
    void postingAJobRedirectsToItsPageWithAFlashMessage() {
        String title = "Staff Data Engineer " + UUID.randomUUID().toString().substring(0, 8);
        Response r = admin.post("/admin/jobs", valid(title));
        assertEquals(303, r.statusCode(), r.asString());
        String location = r.getHeader("Location");
        assertTrue(location.matches(".*/jobs/\\d+-staff-data-engineer-.*-northwind-test-labs"), location);
        String page = admin.get(location.replaceFirst("^https?://[^/]+", "")).asString();
        assertTrue(page.contains("<p class=\"flash\" role=\"status\">Job posted</p>"), "the flash shows once");
        assertTrue(page.contains(">" + title + "</h1>"));
        assertTrue(page.contains(">EUR 70K - 90K</span>"));
        assertFalse(admin.get(location.replaceFirst("^https?://[^/]+", "")).asString().contains("Job posted"),
                "and only once");

        Job job = job(title);
        assertEquals("Northwind Test Labs", QuarkusTransaction.requiringNew().call(() -> Job.findWithCompany(job.id).orElseThrow().company.name));
        assertEquals(List.of("CREATED"), audit(job.id));
        assertTrue(Html.get("/jobs?q=" + title.replace(" ", "+")).asString().contains(title), "on the job board");
    }

    @Test
    void theSameFormSentTwiceCreatesOneJob() {
        String title = "Double Click Analyst " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> form = valid(title);
        Response first = admin.post("/admin/jobs", form);
        Response second = admin.post("/admin/jobs", form);
        assertEquals(303, first.statusCode());
        assertEquals(303, second.statusCode());
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Job.count("title", title)));
        assertTrue(second.getHeader("Location").endsWith("/admin/jobs/" + job(title).id + "/edit"));
    }

    @Test
    void everyRuleReportsItsMessageNextToTheFieldAndKeepsWhatWasTyped() {
        Map<String, String[]> cases = new java.util.LinkedHashMap<>();
        cases.put("title", new String[] {"", "Enter the job title."});
        cases.put("company", new String[] {"", "Enter the company"});
        cases.put("role", new String[] {"astronaut", "Choose a role from the list."});
        cases.put("location", new String[] {" ", "Enter where the job is"});
        cases.put("level", new String[] {"guru", "Choose an experience level from the list."});
        cases.put("salaryMin", new String[] {"abc", "Enter the minimum salary as a whole number"});
        cases.put("currency", new String[] {"XYZ", "Choose a currency from the list."});
        cases.put("description", new String[] {"", "Describe the job."});
        cases.put("applyEmail", new String[] {"not-an-email", "Enter a valid e-mail address"});
        cases.put("status", new String[] {"maybe", "Choose published or draft."});
        cases.put("expiresOn", new String[] {"31/12/2030", "Enter the closing date as YYYY-MM-DD."});
        cases.put("featuredUntil", new String[] {"soon", "Enter the featured-until date as YYYY-MM-DD."});
        for (var c : cases.entrySet()) {
            Map<String, Object> form = valid("Validation Case " + c.getKey());
            form.put(c.getKey(), c.getValue()[0]);
            assertRejected(form, c.getKey(), c.getValue()[1]);
        }
    }

    @Test
    void crossFieldRulesAreEnforced() {
        Map<String, Object> f = valid("Range Case");
        f.put("salaryMin", "90000");
        f.put("salaryMax", "70000");
        assertRejected(f, "salaryMax", "The maximum salary cannot be lower than the minimum.");

        f = valid("Cap Case");
        f.put("salaryMax", "20000000");
        assertRejected(f, "salaryMax", "Salaries must be between 1 and 10,000,000.");

        f = valid("Zero Case");
        f.put("salaryMin", "0");
        assertRejected(f, "salaryMax", "Salaries must be between 1 and 10,000,000.");

        f = valid("Currency Case");
        f.put("currency", "");
        assertRejected(f, "currency", "Choose the currency of the salary.");

        f = valid("Past Case");
        f.put("expiresOn", LocalDate.now().minusDays(1).toString());
        assertRejected(f, "expiresOn", "The closing date must be a real date after today");

        f = valid("Today Case");
        f.put("expiresOn", LocalDate.now().toString());
        assertRejected(f, "expiresOn", "The closing date must be a real date after today");

        f = valid("Apply Case");
        f.put("applyUrl", "");
        assertRejected(f, "applyUrl", "Give an apply link or an apply e-mail address.");

        f = valid("Types Case");
        f.put("employmentTypes", List.of());
        assertRejected(f, "employmentTypes", "Choose at least one employment type.");

        f = valid("Featured Case");
        f.put("featuredUntil", LocalDate.now().plusDays(60).toString());
        assertRejected(f, "featuredUntil", "not after the closing date");
    }

    @Test
    void onlyWebApplyLinksAreAccepted() {
        for (String url : List.of("javascript:alert(1)", "JavaScript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>",
                "ftp://example.com/x", "//example.com/no-scheme", "https:///no-host")) {
            Map<String, Object> f = valid("Link Case");
            f.put("applyUrl", url);
            assertRejected(f, "applyUrl", "The apply link must be a full http:// or https:// address.");
        }
    }

    @Test
    void errorsAreAccessibleAndTheSummaryLinksToTheFields() {
        Map<String, Object> f = valid("Accessible <Errors> & \"Quotes\"");
        f.put("location", "");
        f.put("level", "");
        Response r = admin.post("/admin/jobs", f);
        assertEquals(400, r.statusCode());
        String html = r.asString();
        assertTrue(HtmlValidator.errors(html).isEmpty(), HtmlValidator.errors(html).toString());
        assertTrue(html.contains("Please fix 2 problems"));
        assertTrue(html.contains("<a href=\"#location\">"));
        assertTrue(html.contains("<a href=\"#level\">"));
        assertTrue(html.contains("id=\"location\" name=\"location\" type=\"text\" value=\"\" maxlength=\"200\" required aria-invalid=\"true\" aria-describedby=\"location-error\""));
        assertTrue(html.contains("<p class=\"field-error\" id=\"location-error\">"));
        assertTrue(html.contains("value=\"" + escape("Accessible <Errors> & \"Quotes\"") + "\""), "typed values come back, escaped");
        assertTrue(html.contains("value=\"contract\" checked"), "checkboxes keep their state");
        assertTrue(html.contains("<option value=\"EUR\" selected>"));
    }

    @Test
    void previewRendersTheDescriptionWithoutSaving() {
        Map<String, Object> f = valid("Preview Only Role");
        f.put("action", "preview");
        f.put("description", "## Heading\n\n<script>alert(1)</script>\n\nSome **bold** text");
        Response r = admin.post("/admin/jobs", f);
        assertEquals(200, r.statusCode());
        assertTrue(r.asString().contains("<h3>Heading</h3>"));
        assertTrue(r.asString().contains("<strong>bold</strong>"));
        assertFalse(r.asString().contains("<script>alert(1)"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Job.count("title", "Preview Only Role")));
    }

    @Test
    void aSecondEditorCannotSilentlyOverwriteTheFirst() {
        String title = "Concurrent Edit " + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/admin/jobs", valid(title));
        long id = job(title).id;
        String version = Integer.toString(job(title).version);

        Map<String, Object> alice = valid(title);
        alice.put("version", version);
        alice.put("location", "Porto, Portugal");
        Map<String, Object> bob = valid(title);
        bob.put("version", version);
        bob.put("location", "Madrid, Spain");

        assertEquals(303, admin.post("/admin/jobs/" + id, alice).statusCode());
        Response conflict = admin.post("/admin/jobs/" + id, bob);
        assertEquals(409, conflict.statusCode());
        String html = conflict.asString();
        assertTrue(html.contains("Someone else saved this job while you were editing it"));
        assertTrue(html.contains("<td>Porto, Portugal</td><td>Madrid, Spain</td>"), "both versions are shown");
        assertTrue(html.contains("value=\"Madrid, Spain\""), "the second editor's text is kept in the form");
        assertEquals("Porto, Portugal", job(title).location, "nothing was overwritten");
        assertEquals(List.of("EDITED", "CREATED"), audit(id));
        assertTrue(auditDetails(id).get(0).contains("location"));
    }

    @Test
    void aDraftPublishedLaterIsPostedWhenItIsPublished() {
        String title = "Draft First " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> draft = valid(title);
        draft.put("status", "draft");
        admin.post("/admin/jobs", draft);
        Job saved = job(title);
        java.time.Instant later = saved.postedAt.toInstant().plus(java.time.Duration.ofHours(2)); // within the session's lifetime
        careeratlas.testing.TestClock.pin(later);
        try {
            Map<String, Object> publish = valid(title);
            publish.put("version", Integer.toString(saved.version));
            publish.put("expiresOn", LocalDate.ofInstant(later, java.time.ZoneOffset.UTC).plusDays(30).toString());
            assertEquals(303, admin.post("/admin/jobs/" + saved.id, publish).statusCode());
        } finally {
            careeratlas.testing.TestClock.release();
        }
        assertEquals(later, job(title).postedAt.toInstant(), "posted when published, so it is new on the board and in alerts");

        // Editing a published job leaves its posting time alone.
        Job published = job(title);
        Map<String, Object> edit = valid(title);
        edit.put("version", Integer.toString(published.version));
        edit.put("location", "Porto, Portugal");
        assertEquals(303, admin.post("/admin/jobs/" + published.id, edit).statusCode());
        assertEquals(later, job(title).postedAt.toInstant());
    }

    @Test
    void featureExpireAndDeleteAreAuditedActions() {
        String title = "Lifecycle Role " + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/admin/jobs", valid(title));
        long id = job(title).id;

        assertEquals(303, admin.post("/admin/jobs/" + id + "/feature", Map.of()).statusCode());
        assertEquals(LocalDate.now().plusDays(30), job(title).featuredUntil);
        assertTrue(Html.get("/roles/data-engineer").asString().contains(title), "featured jobs reach the sidebar");

        assertEquals(303, admin.post("/admin/jobs/" + id + "/unfeature", Map.of()).statusCode());
        assertEquals(null, job(title).featuredUntil);

        assertEquals(303, admin.post("/admin/jobs/" + id + "/expire", Map.of()).statusCode());
        assertTrue(job(title).expiresOn.isBefore(LocalDate.now()));
        assertTrue(Html.get("/jobs/" + id).then().extract().statusCode() == 301);

        String confirm = admin.get("/admin/jobs/" + id + "/delete").asString();
        assertTrue(confirm.contains("Delete this job?"));
        assertTrue(HtmlValidator.errors(confirm).isEmpty(), HtmlValidator.errors(confirm).toString());
        assertEquals(303, admin.post("/admin/jobs/" + id + "/delete", Map.of()).statusCode());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Job.count("id", id)));
        assertEquals(List.of("DELETED", "EXPIRED", "UNFEATURED", "FEATURED", "CREATED"), audit(id));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> JobAudit.forJob(id).stream().allMatch(a -> a.actor.equals("admin"))));
    }

    @Test
    void editPageShowsTheHistoryAndIsValidHtml() {
        String title = "History Role " + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/admin/jobs", valid(title));
        long id = job(title).id;
        String html = admin.get("/admin/jobs/" + id + "/edit").asString();
        assertTrue(html.contains("<strong>Created</strong> by admin"));
        assertTrue(HtmlValidator.errors(html).isEmpty(), HtmlValidator.errors(html).toString());
        for (String page : List.of("/admin", "/admin/jobs/new", "/admin/users", "/admin/account", "/admin/login")) {
            String body = admin.get(page).asString();
            assertTrue(HtmlValidator.errors(body).isEmpty(), page + " " + HtmlValidator.errors(body));
        }
    }

    @Test
    void dashboardCountsSearchesAndSorts() {
        String html = admin.get("/admin").asString();
        long drafts = QuarkusTransaction.requiringNew().call(() -> Job.count("status", Job.Status.DRAFT));
        assertTrue(html.contains("<strong>" + drafts + "</strong> drafts"), html);
        String murmuration = admin.get("/admin?q=murmuration").asString();
        assertTrue(murmuration.contains("Senior Data Scientist"));
        assertFalse(murmuration.contains("Cloud Consultant Intern"));
        String byTitle = admin.get("/admin?sort=title").asString();
        assertTrue(byTitle.contains("aria-current=\"true\"><strong>Title</strong>"));
        admin.get("/admin?sort=nonsense&page=-4&q=%25%27").then().statusCode(200);
    }

    @Test
    void scriptsTypedIntoAnyFieldStayInertEverywhere() {
        String xss = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        Map<String, Object> f = valid("XSS Role " + xss);
        f.put("company", "Evil Co " + xss);
        f.put("location", "Nowhere " + xss);
        f.put("description", "Hello " + xss + "\n\n[link](javascript:alert(3))");
        f.put("featuredUntil", LocalDate.now().plusDays(5).toString());
        Response r = admin.post("/admin/jobs", f);
        assertEquals(303, r.statusCode(), r.asString());
        String jobPage = admin.request().get(r.getHeader("Location").replaceFirst("^https?://[^/]+", "")).asString();
        String sidebar = Html.get("/compare/data-engineer-vs-machine-learning-research-engineer").asString();
        String board = Html.get("/jobs?q=nowhere").asString();
        String dashboard = admin.get("/admin?q=xss").asString();
        for (String page : List.of(jobPage, sidebar, board, dashboard)) {
            assertFalse(page.contains("<script>alert"), page);
            assertFalse(page.contains("<img src=x"), page);
            assertFalse(page.contains("onerror=alert(2)>"), page);
            assertFalse(page.contains("href=\"javascript:"), page);
        }
        assertTrue(sidebar.contains("XSS Role &lt;script&gt;"), "shown as text in the sidebar");
        assertTrue(jobPage.contains("\"title\":\"XSS Role \\u003cscript\\u003e"), "and escaped in JSON-LD");
    }

    private void assertRejected(Map<String, Object> form, String field, String message) {
        long before = QuarkusTransaction.requiringNew().call(() -> Job.count());
        Response r = admin.post("/admin/jobs", form);
        assertEquals(400, r.statusCode(), field);
        String html = r.asString();
        int at = html.indexOf("id=\"" + field + "-error\"");
        assertTrue(at > 0, field + " has its error next to it");
        assertTrue(html.substring(at, html.indexOf("</p>", at)).contains(escape(message)), field + ": " + message);
        assertTrue(html.contains("<a href=\"#" + field + "\">"), field + " is in the summary");
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> Job.count()), "nothing saved");
    }

    static Job job(String title) {
        return QuarkusTransaction.requiringNew().call(() -> Job.<Job>find("title", title).firstResult());
    }

    static List<String> audit(long id) {
        return QuarkusTransaction.requiringNew().call(() -> JobAudit.forJob(id).stream().map(a -> a.action.name()).toList());
    }

    static List<String> auditDetails(long id) {
        return QuarkusTransaction.requiringNew().call(() -> JobAudit.forJob(id).stream().map(a -> a.details == null ? "" : a.details).toList());
    }
}
