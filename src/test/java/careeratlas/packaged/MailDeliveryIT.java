package careeratlas.packaged;

import careeratlas.testing.AdminSession;
import careeratlas.testing.JobForms;
import careeratlas.testing.PostgresResource;
import careeratlas.testing.SmtpReceiver;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged app in the production profile delivers its e-mail through a real SMTP conversation with the server
 * the standard mailer settings name (here a plain local relay started by the test, {@link SmtpReceiver}), from the
 * outbox, with every link built from the configured base URL.
 */
@QuarkusIntegrationTest
class MailDeliveryIT {

    private static final String TITLE = "Mail Delivery Data Engineer";
    private static final Pattern STARTED = Pattern.compile("name=\"started\" value=\"([^\"]+)\"");

    @Test
    void anEmployersConfirmationLinkArrivesThroughSmtpWithTheBaseUrl() throws Exception {
        String email = "employer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        AdminSession browser = AdminSession.anonymous();
        Matcher started = STARTED.matcher(browser.get("/jobs/post").then().statusCode(200).extract().asString());
        assertTrue(started.find(), "the form carries its signed load time");
        Thread.sleep(3_500); // the form refuses a submission faster than a person could fill it in
        Map<String, Object> form = new HashMap<>(JobForms.valid(TITLE));
        form.remove("status");
        form.remove("featuredUntil");
        form.remove("formToken");
        form.put("employerName", "Ada Employer");
        form.put("employerEmail", email);
        form.put("website", "");
        form.put("started", started.group(1));
        Response posted = browser.post("/jobs/post", form);
        assertEquals(200, posted.statusCode(), posted.asString());

        SmtpReceiver.Received mail = null;
        for (int i = 0; i < 120 && mail == null; i++) {
            mail = SmtpReceiver.received().stream().filter(m -> m.to().contains(email)).findFirst().orElse(null);
            if (mail == null) {
                Thread.sleep(500);
            }
        }
        assertTrue(mail != null, "a message reached the SMTP server within a minute");
        assertTrue(mail.from().contains("jobs@career-atlas.test"), mail.from());
        String text = mail.text();
        assertTrue(text.contains("multipart/alternative"), "a plain-text and an HTML part");
        assertTrue(text.contains(SmtpReceiver.BASE_URL + "/jobs/post/confirm?token="), text);
        List<SmtpReceiver.Received> toEmployer = SmtpReceiver.received().stream().filter(m -> m.to().contains(email)).toList();
        Thread.sleep(6_000); // another round of the sender
        assertEquals(toEmployer.size(), SmtpReceiver.received().stream().filter(m -> m.to().contains(email)).count(),
                "nothing is sent twice");
    }

    /** The other packaged tests start from a production database without jobs. */
    @AfterAll
    static void removeThePostedJob() throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty(PostgresResource.URL));
             Statement s = c.createStatement()) {
            s.executeUpdate("delete from job_audit where job_id in (select id from job where title = '" + TITLE + "')");
            s.executeUpdate("delete from job where title = '" + TITLE + "'");
            s.executeUpdate("delete from outbox");
        }
    }
}
