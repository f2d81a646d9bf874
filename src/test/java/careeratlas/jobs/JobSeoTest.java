package careeratlas.jobs;

import careeratlas.platform.Urls;
import careeratlas.catalog.Comparison;
import careeratlas.catalog.Role;
import careeratlas.testing.Html;
import careeratlas.testing.TestJobs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What search engines and feed readers get: JSON-LD on job pages, the Atom feed, the sitemap and robots.txt. */
@QuarkusTest
class JobSeoTest {

    private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    private final TestJobs jobs = new TestJobs();

    @AfterEach
    void cleanUp() {
        jobs.deleteAll();
    }

    @Test
    void jobPageCarriesAJobPostingForGoogle() throws Exception {
        JsonNode posting = jsonLd(Html.get("/jobs/1-data-engineer-murmuration").asString());
        assertEquals("https://schema.org/", posting.get("@context").asText());
        assertEquals("JobPosting", posting.get("@type").asText());
        assertEquals("Data Engineer", posting.get("title").asText());
        assertTrue(posting.get("description").asText().contains("<li>"), "the description as HTML");
        assertTrue(posting.get("datePosted").asText().matches("\\d{4}-\\d{2}-\\d{2}T.*"));
        assertTrue(posting.get("validThrough").asText().matches("\\d{4}-\\d{2}-\\d{2}T23:59:59Z"));
        assertEquals("FULL_TIME", posting.get("employmentType").get(0).asText());
        assertEquals("Organization", posting.get("hiringOrganization").get("@type").asText());
        assertEquals("murmuration", posting.get("hiringOrganization").get("name").asText());
        assertEquals("https://www.murmuration.org", posting.get("hiringOrganization").get("sameAs").asText());
        assertEquals("TELECOMMUTE", posting.get("jobLocationType").asText());
        assertEquals("{\"@type\":\"Country\",\"name\":\"US\"}", posting.get("applicantLocationRequirements").toString(),
                "a schema.org Country by ISO code, not the location sentence");
        JsonNode salary = posting.get("baseSalary");
        assertEquals("MonetaryAmount", salary.get("@type").asText());
        assertEquals("USD", salary.get("currency").asText());
        assertEquals("QuantitativeValue", salary.get("value").get("@type").asText());
        assertEquals(100000, salary.get("value").get("minValue").asInt());
        assertEquals(130000, salary.get("value").get("maxValue").asInt());
        assertEquals("YEAR", salary.get("value").get("unitText").asText());
        assertFalse(posting.get("directApply").asBoolean());
    }

    @Test
    void everyDemoJobHasTheJobPostingPropertiesGoogleRequires() throws Exception {
        List<Object[]> open = QuarkusTransaction.requiringNew().call(() -> Role.getEntityManager().createNativeQuery(
                "select j.id, j.title, c.name, j.remote from job j join company c on c.id = j.company_id"
                        + " where j.status = 'PUBLISHED' and j.expires_on >= current_date order by j.id", Object[].class)
                .getResultList());
        assertTrue(open.size() > 30, "the demo jobs: " + open.size());
        for (Object[] j : open) {
            String url = Urls.job(((Number) j[0]).longValue(), (String) j[1], (String) j[2]);
            JsonNode p = jsonLd(Html.get(url).then().statusCode(200).extract().asString());
            for (String required : List.of("title", "description", "datePosted")) {
                assertFalse(p.path(required).asText().isBlank(), url + " " + required);
            }
            assertTrue(p.path("datePosted").asText().matches("\\d{4}-\\d{2}-\\d{2}T.*"), url);
            assertEquals("Organization", p.path("hiringOrganization").path("@type").asText(), url);
            assertFalse(p.path("hiringOrganization").path("name").asText().isBlank(), url);
            assertTrue(p.path("description").asText().contains("Sample posting."), url + " says it is a sample");
            if ((Boolean) j[3]) {
                assertEquals("TELECOMMUTE", p.path("jobLocationType").asText(), url);
                JsonNode where = p.path("applicantLocationRequirements");
                List<JsonNode> countries = new ArrayList<>();
                if (where.isArray()) {
                    where.forEach(countries::add);
                } else {
                    countries.add(where);
                }
                assertFalse(countries.isEmpty() || where.isMissingNode(), url + " applicantLocationRequirements");
                for (JsonNode c : countries) {
                    assertEquals("Country", c.path("@type").asText(), url);
                    assertTrue(c.path("name").asText().matches("[A-Z]{2}"), url + " " + c);
                }
            } else {
                JsonNode address = p.path("jobLocation").path("address");
                assertEquals("Place", p.path("jobLocation").path("@type").asText(), url);
                assertEquals("PostalAddress", address.path("@type").asText(), url);
                assertFalse(address.path("addressLocality").asText().isBlank(), url);
                assertTrue(address.path("addressCountry").asText().matches("[A-Z]{2}"), url + " " + address);
            }
        }
    }

    @Test
    void countriesAreReadFromTheLocation() {
        assertEquals(List.of("US"), JobLocations.countries("Remote (anywhere in the U.S.)"));
        assertEquals(List.of("US", "CA"), JobLocations.countries("Remote (US or Canada)"));
        assertEquals(List.of("GB"), JobLocations.countries("Remote (UK)"));
        assertEquals(27, JobLocations.countries("Remote (EU time zones)").size());
        assertEquals(List.of("US"), JobLocations.countries("Rochester, NY"));
        assertEquals(List.of("CA"), JobLocations.countries("Montreal, Quebec, Canada"));
        assertEquals(List.of("SG"), JobLocations.countries("Singapore"));
        assertEquals(List.of("TT"), JobLocations.countries("Port of Spain, Trinidad and Tobago"));
        assertEquals(List.of("DE"), JobLocations.countries("Berlin, Germany"));
        assertEquals(List.of(), JobLocations.countries("Remote"));
        assertEquals(List.of("US"), JobLocations.countries("Atlanta, Georgia, USA"), "the state, not the country");
        assertEquals(List.of("GE"), JobLocations.countries("Tbilisi, Georgia"));
    }

    @Test
    void onSiteJobsHaveAPlaceAndInternshipsTheirGoogleType() throws Exception {
        JsonNode posting = jsonLd(Html.get(Urls.job(4, "Cloud Consultant Intern, AWS Professional Services", "Amazon.com")).asString());
        JsonNode address = posting.get("jobLocation").get("address");
        assertEquals("PostalAddress", address.get("@type").asText());
        assertEquals("Seattle", address.get("addressLocality").asText());
        assertEquals("Washington", address.get("addressRegion").asText());
        assertEquals("US", address.get("addressCountry").asText());
        assertFalse(posting.has("jobLocationType"));
        assertEquals("[\"FULL_TIME\",\"INTERN\"]", posting.get("employmentType").toString());
    }

    @Test
    void aTitleCannotBreakOutOfTheJsonLdBlock() throws Exception {
        String title = "Engineer </script><script>alert(1)</script> & \"friends\"";
        long id = jobs.create(title, "data-engineer", j -> j.salaryMin = null);
        String html = Html.get(Urls.job(id, title, "murmuration")).then().statusCode(200).extract().asString();
        assertFalse(html.contains("<script>alert(1)"));
        assertEquals(1, html.split("<script", -1).length - 1, "only the JSON-LD script element");
        JsonNode posting = jsonLd(html);
        assertEquals(title, posting.get("title").asText());
        assertFalse(posting.has("baseSalary"), "no salary, no baseSalary");
    }

    @Test
    void feedIsValidAtomWithTheNewestFiftyJobs() throws Exception {
        for (int i = 0; i < 8; i++) {
            int daysAgo = 50 + i;
            jobs.create("Feed Filler " + i, "data-analyst", j -> j.postedAt = j.postedAt.minusDays(daysAgo));
        }
        var response = given().accept("application/atom+xml").get("/jobs/feed.xml");
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("application/atom+xml"));
        Document feed = xml(response.asByteArray());
        Element root = feed.getDocumentElement();
        assertEquals(ATOM_NS, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertEquals(1, root.getElementsByTagNameNS(ATOM_NS, "updated").getLength() - entries(feed).getLength());
        NodeList entries = entries(feed);
        assertEquals(JobService.FEED_SIZE, entries.getLength(), "50 newest of more than 50 open jobs");
        String previous = "9999";
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "link", "author")) {
                assertEquals(1, e.getElementsByTagNameNS(ATOM_NS, required).getLength(), required);
            }
            String published = text(e, "published");
            assertTrue(published.compareTo(previous) <= 0, "newest first");
            previous = published;
        }
        assertTrue(response.asString().contains("Feed Filler 0"));
        assertFalse(response.asString().contains("Feed Filler 7"), "older jobs fall off the end");
    }

    @Test
    void feedHonoursTheBoardFilters() throws Exception {
        Document feed = xml(given().get("/jobs/feed.xml?level=senior&type=full-time").asByteArray());
        NodeList entries = entries(feed);
        assertEquals(JobBoardTest.count(JobBoardTest.OPEN + " and experience_level = 'SENIOR' and 'FULL_TIME' = any(employment_types)"),
                entries.getLength());
        for (int i = 0; i < entries.getLength(); i++) {
            assertTrue(text((Element) entries.item(i), "summary").contains("Senior-level / Expert"));
        }
        String self = ((Element) feed.getDocumentElement().getElementsByTagNameNS(ATOM_NS, "link").item(0)).getAttribute("href");
        assertTrue(self.endsWith("/jobs/feed.xml?level=senior&type=full-time"), self);
    }

    @Test
    void sitemapListsEveryRoleCuratedComparisonAndOpenJob() throws Exception {
        long draft = jobs.create("Sitemap Draft", "data-engineer", j -> j.status = Job.Status.DRAFT);
        var response = given().get("/sitemap.xml");
        assertEquals(200, response.statusCode());
        Document doc = xml(response.asByteArray());
        NodeList locs = doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        Set<String> urls = new HashSet<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent().replace("http://localhost:8080", ""));
        }
        List<String> expected = new ArrayList<>(List.of("/", "/roles", "/compare", "/jobs", "/salaries",
                "/salaries/methodology", "/about", "/privacy", "/skills", "/tools", "/paths", "/fit"));
        QuarkusTransaction.requiringNew().run(() -> {
            Role.<Role>listAll().forEach(r -> expected.add("/roles/" + r.slug));
            Role.<Role>listAll().forEach(r -> expected.add("/salaries/" + r.slug));
            Comparison.<Comparison>listAll().forEach(c -> expected.add("/compare/" + c.roleA.slug + "-vs-" + c.roleB.slug));
            careeratlas.catalog.Skill.<careeratlas.catalog.Skill>listAll().forEach(k -> expected.add("/skills/" + k.slug));
            careeratlas.catalog.Tool.<careeratlas.catalog.Tool>listAll().forEach(k -> expected.add("/tools/" + k.slug));
            careeratlas.catalog.CareerTransition.<careeratlas.catalog.CareerTransition>listAll()
                    .forEach(t -> expected.add("/paths/" + t.fromRole.slug + "-to-" + t.toRole.slug));
            Job.<Job>list("status = ?1 and expiresOn >= ?2", Job.Status.PUBLISHED, java.time.LocalDate.now())
                    .forEach(j -> expected.add(Urls.job(j.id, j.title, j.company.name)));
            // Survey titles with at least 10 answers (whatever survey the other tests left imported).
            @SuppressWarnings("unchecked")
            List<String> reliable = Role.getEntityManager().createNativeQuery("""
                    select min(job_title) from salary_report
                    group by trim(both '-' from regexp_replace(lower(job_title), '[^a-z0-9]+', '-', 'g'))
                    having count(*) >= 10""").getResultList();
            reliable.forEach(t -> expected.add(Urls.salaryTitle(t)));
        });
        assertTrue(urls.containsAll(expected), "missing: " + expected.stream().filter(u -> !urls.contains(u)).toList());
        assertEquals(expected.size(), urls.size());
        assertFalse(urls.stream().anyMatch(u -> u.startsWith("/jobs/" + draft + "-")));
        assertTrue(response.asString().matches("(?s).*<lastmod>\\d{4}-\\d{2}-\\d{2}</lastmod>.*"));
    }

    @Test
    void robotsPointsToTheSitemap() {
        String robots = given().get("/robots.txt").then().statusCode(200).extract().asString();
        assertTrue(robots.contains("Sitemap: http://localhost:8080/sitemap.xml"));
        assertTrue(robots.contains("Disallow: /admin"));
    }

    static JsonNode jsonLd(String html) throws Exception {
        Matcher m = JSON_LD.matcher(html);
        assertTrue(m.find(), "a JSON-LD block");
        return new ObjectMapper().readTree(m.group(1));
    }

    static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    static NodeList entries(Document feed) {
        return feed.getElementsByTagNameNS(ATOM_NS, "entry");
    }

    static String text(Element e, String name) {
        return e.getElementsByTagNameNS(ATOM_NS, name).item(0).getTextContent();
    }
}
