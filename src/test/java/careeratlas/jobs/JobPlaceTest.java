package careeratlas.jobs;

import careeratlas.testing.AdminSession;
import careeratlas.testing.Html;
import careeratlas.testing.HtmlValidator;
import careeratlas.testing.JobForms;
import careeratlas.testing.TestJobs;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static careeratlas.testing.Html.escape;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A job's place as data (V85): derived from the old location line, edited on the form, filtered and shown. */
@QuarkusTest
class JobPlaceTest {

    final TestJobs jobs = new TestJobs();
    long lastSeedJob;

    @BeforeEach
    void setUp() {
        lastSeedJob = TestJobs.newestId();
    }

    @AfterEach
    void cleanUp() {
        jobs.deleteAll();
        TestJobs.deleteAfter(lastSeedJob);
    }

    @Test
    void theMigrationDerivedCountriesWhereTheLineNamesOne() {
        Job hamburg = firstAt("Hamburg, Germany");
        assertEquals("DE", hamburg.country);
        assertEquals("Hamburg", hamburg.city);
        assertEquals(Job.RemotePolicy.ONSITE, hamburg.remotePolicy);
        Job austin = firstAt("Austin, Texas, USA");
        assertEquals("US", austin.country);
        assertEquals("Texas", austin.region);
        assertEquals("US", firstAt("Rochester, NY").country, "a state after the city names the country");
        Job eu = firstAt("Remote (EU time zones)");
        assertEquals(Job.RemotePolicy.REMOTE, eu.remotePolicy);
        assertNull(eu.country);
        assertArrayEquals(new String[] {"EU"}, eu.remoteGroups);
        assertTrue(Arrays.asList(eu.remoteCountries).containsAll(List.of("DE", "FR", "IE")), "the EU's members");
        assertFalse(Arrays.asList(eu.remoteCountries).contains("GB"));
        Job usCa = firstAt("Remote (US or Canada)");
        assertArrayEquals(new String[] {"CA", "US"}, usCa.remoteCountries);
        assertNull(usCa.country, "two countries: none is the job's own");
        assertEquals("Remote (EU time zones)", eu.location, "the line is kept as written");
        assertEquals(0L, count("select count(*) from job where remote <> (remote_policy = 'REMOTE')"));
    }

    @Test
    void countryFilterTakesJobsThereAndRemoteJobsOpenToItsResidents() {
        String marker = "qzv" + UUID.randomUUID().toString().substring(0, 6);
        jobs.create("Berlin Engineer " + marker, "data-engineer", j -> { j.country = "DE"; j.city = "Berlin"; });
        jobs.create("EU Remote Engineer " + marker, "data-engineer", j -> {
            j.location = "Remote (EU)";
            j.remotePolicy = Job.RemotePolicy.REMOTE;
            j.remote = true;
            j.remoteGroups = new String[] {"EU"};
            j.remoteCountries = JobPlace.expand(List.of("EU"), List.of());
        });
        jobs.create("London Engineer " + marker, "data-engineer", j -> { j.location = "London, UK"; j.country = "GB"; });
        jobs.create("Lyon Hybrid Engineer " + marker, "data-engineer", j -> {
            j.location = "Lyon, France (hybrid)";
            j.country = "FR";
            j.remotePolicy = Job.RemotePolicy.HYBRID;
        });

        String de = Html.get("/jobs?q=" + marker + "&country=de").then().statusCode(200).extract().asString();
        assertTrue(de.contains(">2 jobs</h2>"), de);
        assertTrue(de.contains("Berlin Engineer") && de.contains("EU Remote Engineer"));
        assertFalse(de.contains("London Engineer"));
        assertTrue(de.contains("<option value=\"DE\" selected>Germany (2)</option>"), de);
        assertTrue(de.contains("<option value=\"GB\">United Kingdom (1)</option>"), "other countries keep their counts");
        assertTrue(de.contains("<option value=\"FR\">France (2)</option>"), "Lyon, and the remote EU job");
        assertTrue(HtmlValidator.errors(de).isEmpty(), HtmlValidator.errors(de).toString());

        String hybrid = Html.get("/jobs?q=" + marker + "&hybrid=true").asString();
        assertTrue(hybrid.contains(">1 job</h2>") && hybrid.contains("Lyon Hybrid Engineer"), hybrid);
        String remote = Html.get("/jobs?q=" + marker + "&remote=true").asString();
        assertTrue(remote.contains(">1 job</h2>") && remote.contains("EU Remote Engineer"), remote);

        long inDe = count("""
                select count(*) from job where status = 'PUBLISHED' and expires_on >= cast(now() at time zone 'UTC' as date)
                  and (country = 'DE' or 'DE' = any(remote_countries))""");
        assertTrue(Html.get("/jobs").asString().contains("<option value=\"DE\">Germany (" + inDe + ")</option>"));
        assertTrue(Html.get("/jobs?country=XX").asString().contains("country “XX” is not an ISO 3166 country code"));
    }

    @Test
    void theAdminFormEditsThePlaceAndTheJobPageSaysIt() {
        AdminSession admin = AdminSession.signIn();
        String title = "Remote Place Engineer " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> form = JobForms.valid(title);
        form.put("location", "Remote (EU or Switzerland)");
        form.put("remotePolicy", "remote");
        form.put("remoteGroups", List.of("EU"));
        form.put("remoteCountries", "ch");
        form.put("utcOffsetMin", "0");
        form.put("utcOffsetMax", "+3");
        Response saved = admin.post("/admin/jobs", form);
        assertEquals(303, saved.statusCode(), saved.asString());
        Job job = QuarkusTransaction.requiringNew().call(() -> Job.<Job>find("title", title).firstResult());
        assertTrue(job.remote);
        assertTrue(Arrays.asList(job.remoteCountries).containsAll(List.of("CH", "DE", "AT")));
        assertEquals((short) 3, job.utcOffsetMax);

        String page = Html.get("/jobs/" + job.id).then().extract().header("Location");
        String html = Html.get(page.replaceFirst("^https?://[^/]+", "")).asString();
        assertTrue(html.contains(escape("Remote, for people who live in the European Union or Switzerland, working hours between UTC+0 and UTC+3.")), html);
        assertTrue(html.contains("\"jobLocationType\":\"TELECOMMUTE\""));
        assertTrue(html.contains("{\"@type\":\"Country\",\"name\":\"CH\"}"), html);

        String edit = admin.get("/admin/jobs/" + job.id + "/edit").asString();
        assertTrue(edit.contains("name=\"remotePolicy\" value=\"remote\" checked"), edit);
        assertTrue(edit.contains("value=\"CH\"") && edit.contains("id=\"remoteCountries\" name=\"remoteCountries\" type=\"text\" value=\"CH\""));
        assertTrue(HtmlValidator.errors(edit).isEmpty(), HtmlValidator.errors(edit).toString());

        Map<String, Object> onSite = JobForms.valid(title + " B");
        onSite.put("country", "DE");
        onSite.put("city", "Berlin");
        onSite.put("location", "Berlin, Germany");
        assertEquals(303, admin.post("/admin/jobs", onSite).statusCode());
        Job berlin = QuarkusTransaction.requiringNew().call(() -> Job.<Job>find("title", title + " B").firstResult());
        assertEquals(Job.RemotePolicy.ONSITE, berlin.remotePolicy, "no policy sent: remote=false means on site");
        String berlinPage = Html.get(Html.get("/jobs/" + berlin.id).header("Location").replaceFirst("^https?://[^/]+", "")).asString();
        assertTrue(berlinPage.contains("On site in Berlin, Germany."), berlinPage);
        assertTrue(berlinPage.contains("\"addressCountry\":\"DE\""));

        Map<String, Object> bad = JobForms.valid("Bad Place");
        bad.put("country", "XX");
        bad.put("utcOffsetMin", "5");
        bad.put("utcOffsetMax", "2");
        String refused = admin.post("/admin/jobs", bad).then().statusCode(400).extract().asString();
        assertTrue(refused.contains("Choose the country from the list."));
        assertTrue(refused.contains("Give both UTC offsets or neither, each from -12 to 14, the earliest first."));
    }

    static Job firstAt(String location) {
        return QuarkusTransaction.requiringNew().call(() -> Job.<Job>find("location = ?1 and id <= ?2 order by id",
                location, Long.MAX_VALUE).firstResult());
    }

    static long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery(sql).getSingleResult()).longValue());
    }
}
