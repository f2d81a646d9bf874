package careeratlas.salaries;

import careeratlas.testing.AdminSession;
import careeratlas.testing.Html;
import careeratlas.testing.HtmlValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Salary pages on the small survey written for the tests (src/test/resources/salaries/small.csv). Expected
 * values are computed by hand with linear interpolation: for the 11 senior Data Engineer answers of 100,000 to
 * 200,000 in steps of 10,000, the 25th percentile sits at position 2.5, halfway between 120,000 and 130,000.
 */
@QuarkusTest
class SalaryPagesTest {

    @BeforeEach
    void loadSmallSurvey() {
        SalaryFixtures.importFile(AdminSession.signIn(), "small.csv");
    }

    @Test
    void overallFiguresInSurveyDollars() throws Exception {
        // 14 answers: 55k, 66k, 77k (EUR answers, survey-converted) and 100k..200k: median between 130k and 140k.
        JsonNode o = json("/salaries/data-engineer.json").get("overall");
        assertEquals(14, o.get("n").asInt());
        assertEquals(135_000, o.get("median").asDouble(), 0.001);
        assertEquals(55_000, o.get("min").asDouble(), 0.001);
        assertEquals(200_000, o.get("max").asDouble(), 0.001);
        assertEquals(102_500, o.get("p25").asDouble(), 0.001);   // position 3.25: 100k + 0.25 * 10k
        assertEquals(167_500, o.get("p75").asDouble(), 0.001);   // position 9.75: 160k + 0.75 * 10k
        String html = Html.get("/salaries/data-engineer").then().statusCode(200).extract().asString();
        assertTrue(html.contains("Based on 14 survey answers, 2023 to 2024."), html);
        assertTrue(html.contains("<dd>135,000 USD</dd>"));
        assertTrue(html.contains("(converted to US dollars by the survey)"));
        assertTrue(HtmlValidator.errors(html).isEmpty(), HtmlValidator.errors(html).toString());
    }

    @Test
    void countriesAreListedOnlyWithEnoughAnswers() {
        // The fixture's 14 Data Engineer answers are spread over countries with fewer than 10 each (US has 6).
        String html = Html.get("/salaries/data-engineer").then().statusCode(200).extract().asString();
        assertTrue(html.contains("No country of residence has 10 answers yet"), html);
        assertFalse(html.contains("href=\"/salaries/data-engineer?country=US\""));
    }

    @Test
    void perLevelAndPerYear() throws Exception {
        JsonNode d = json("/salaries/data-engineer.json");
        JsonNode senior = find(d.get("byLevel"), "SE");
        assertEquals(11, senior.get("n").asInt());
        assertEquals(150_000, senior.get("median").asDouble(), 0.001);
        assertEquals(125_000, senior.get("p25").asDouble(), 0.001);
        assertEquals(175_000, senior.get("p75").asDouble(), 0.001);
        assertEquals(110_000, senior.get("p10").asDouble(), 0.001);
        assertEquals(190_000, senior.get("p90").asDouble(), 0.001);
        JsonNode mid = find(d.get("byLevel"), "MI");
        assertEquals(3, mid.get("n").asInt());
        assertFalse(mid.get("reliable").asBoolean());
        assertEquals(11, find(d.get("byYear"), "2024").get("n").asInt());
        assertEquals(3, find(d.get("byYear"), "2023").get("n").asInt());
    }

    @Test
    void filtersNarrowTheFigures() throws Exception {
        JsonNode senior = json("/salaries/data-engineer.json?level=senior").get("overall");
        assertEquals(11, senior.get("n").asInt());
        assertEquals(150_000, senior.get("median").asDouble(), 0.001);
        assertEquals(3, json("/salaries/data-engineer.json?remote=true").get("overall").get("n").asInt());
        assertEquals(3, json("/salaries/data-engineer.json?year=2023").get("overall").get("n").asInt());
        assertEquals(6, json("/salaries/data-engineer.json?country=us").get("overall").get("n").asInt());
    }

    @Test
    void aCurrencyShowsOnlyAnswersPaidInItNeverConverted() throws Exception {
        JsonNode eur = json("/salaries/data-engineer.json?currency=EUR");
        assertEquals("EUR", eur.get("currency").asText());
        assertFalse(eur.get("convertedBySurvey").asBoolean());
        assertEquals(3, eur.get("overall").get("n").asInt());
        assertEquals(60_000, eur.get("overall").get("median").asDouble(), 0.001, "the EUR amounts themselves");
        String html = Html.get("/salaries/data-engineer?currency=EUR").asString();
        assertTrue(html.contains("Only 3 survey answers match: too few for a trustworthy median, so none is shown."), html);
        assertFalse(html.contains("60,000"));
    }

    @Test
    void tooFewAnswersSaySoInsteadOfAMedian() {
        String html = Html.get("/salaries/data-scientist").asString();
        assertTrue(html.contains("Only 2 survey answers match"));
        String index = Html.get("/salaries").asString().replaceAll(">\\s+<", "><");
        assertTrue(index.contains("<a href=\"/salaries/data-scientist\">Data Scientist</a></th><td>Too few answers</td><td>2</td>"), index);
        assertTrue(index.contains("<a href=\"/salaries/data-engineer\">Data Engineer</a></th><td>135,000</td><td>14</td>"), index);
        int engineer = index.indexOf("/salaries/data-engineer\"");
        int scientist = index.indexOf("/salaries/data-scientist\"");
        assertTrue(engineer >= 0 && scientist >= 0, "both roles are listed");
        assertTrue(engineer < scientist, "sorted by median");
    }

    @Test
    void badFiltersAreReportedNotFailed() {
        Html.get("/salaries/data-engineer?currency=XYZ&level=wizard&year=abc&country=USA").then().statusCode(200)
                .body(containsString("currency “XYZ” is not a currency code"))
                .body(containsString("level “wizard” is not entry, mid, senior or executive"))
                .body(containsString("year “abc” is not a year"))
                .body(containsString("country “USA” is not a two-letter country code"));
        Html.get("/salaries/astronaut").then().statusCode(404).body(containsString("Page not found"));
        given().get("/salaries/astronaut.json").then().statusCode(404);
    }

    @Test
    void csvAndJsonAgreeWithThePage() throws Exception {
        String csv = given().get("/salaries/data-engineer.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("group,key,currency,n,p10,p25,median,p75,p90,min,max\n"));
        assertTrue(csv.contains("overall,all,USD,14,"), csv);
        assertTrue(csv.contains("level,SE,USD,11,110000.00,125000.00,150000.00,175000.00,190000.00,100000.00,200000.00"), csv);
        JsonNode j = json("/salaries/data-engineer.json");
        assertEquals(135_000, j.get("overall").get("median").asDouble(), 0.001);
        String html = Html.get("/salaries/data-engineer").asString();
        assertTrue(html.contains("<th scope=\"row\">Senior</th><td>11</td><td>110,000</td><td>125,000</td><td>150,000</td><td>175,000</td><td>190,000</td>"), html);
    }

    @Test
    void chartBarsAreAsTallAsTheirCounts() throws Exception {
        String html = Html.get("/salaries/data-engineer").asString();
        Matcher m = Pattern.compile("<svg class=\"chart\" id=\"salary-histogram\".*?</svg>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find());
        Document svg = xml(m.group());
        assertEquals("http://www.w3.org/2000/svg", svg.getDocumentElement().getNamespaceURI());
        assertTrue(svg.getElementsByTagName("title").item(0).getTextContent().contains("how salaries spread"));
        assertEquals(1, svg.getElementsByTagName("desc").getLength());
        NodeList bars = svg.getElementsByTagName("rect");
        long total = 0;
        double tallest = 0;
        long most = 0;
        for (int i = 0; i < bars.getLength(); i++) {
            Element bar = (Element) bars.item(i);
            long count = Long.parseLong(bar.getAttribute("data-count"));
            double height = Double.parseDouble(bar.getAttribute("height"));
            total += count;
            if (count > most) {
                most = count;
                tallest = height;
            }
        }
        assertEquals(14, total, "every answer is in a band");
        for (int i = 0; i < bars.getLength(); i++) {
            Element bar = (Element) bars.item(i);
            double expected = tallest * Long.parseLong(bar.getAttribute("data-count")) / most;
            assertEquals(expected, Double.parseDouble(bar.getAttribute("height")), 0.11, "bar " + i);
        }
        assertTrue(html.contains("<details><summary>The figures as a table</summary>"));
    }

    @Test
    void boxChartMarksTheMedianBetweenTheQuartiles() throws Exception {
        String html = Html.get("/salaries/data-engineer").asString();
        Matcher m = Pattern.compile("<svg class=\"chart\" id=\"salary-levels\".*?</svg>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find());
        Document svg = xml(m.group());
        Element box = (Element) svg.getElementsByTagName("rect").item(0);
        double x = Double.parseDouble(box.getAttribute("x"));
        double w = Double.parseDouble(box.getAttribute("width"));
        NodeList lines = svg.getElementsByTagName("line");
        Element median = null;
        for (int i = 0; i < lines.getLength(); i++) {
            if ("median".equals(((Element) lines.item(i)).getAttribute("class"))) {
                median = (Element) lines.item(i);
            }
        }
        double mx = Double.parseDouble(median.getAttribute("x1"));
        // Senior: p25 125k, median 150k, p75 175k: the median is exactly in the middle of the box.
        assertEquals(x + w / 2, mx, 0.11);
        assertTrue(m.group().contains("too few answers (3)"), "the mid level is labelled, not drawn");
    }

    @Test
    void comparisonAndRolePagesShowSalaries() {
        String compare = Html.get("/compare/data-engineer-vs-machine-learning-research-engineer").asString();
        assertTrue(compare.contains("<th scope=\"row\">Median salary (survey, USD)</th><td>135,000 (14 answers)</td><td>Too few answers</td>"), compare);
        assertTrue(compare.contains("Median <strong>135,000 USD</strong> a year; half earn between 102,500 and 167,500 (based on 14 survey answers)."));
        assertTrue(compare.contains("id=\"compare-salary\""));
        assertTrue(HtmlValidator.errors(compare).isEmpty(), HtmlValidator.errors(compare).toString());
        String role = Html.get("/roles/data-engineer").asString();
        assertTrue(role.contains("Median <strong>135,000 USD</strong> a year, based on 14 answers"));
    }

    @Test
    void methodologyExplainsTheMethod() {
        String html = Html.get("/salaries/methodology").then().statusCode(200).extract().asString();
        assertTrue(html.contains("percentile_cont"));
        assertTrue(html.contains("fewer than 10 answers"));
        assertTrue(HtmlValidator.errors(html).isEmpty(), HtmlValidator.errors(html).toString());
        String index = Html.get("/salaries").asString();
        assertTrue(HtmlValidator.errors(index).isEmpty(), HtmlValidator.errors(index).toString());
    }

    @Test
    void aSurveyTitleHasItsOwnPageWithFiguresComputedFromItsAnswers() throws Exception {
        // The 13 answers titled exactly "Data Engineer" in small.csv (the 14th Data Engineer answer is "Big Data Engineer").
        java.util.List<Double> values = new java.util.ArrayList<>();
        for (String line : new String(SalaryFixtures.bytes("small.csv"), StandardCharsets.UTF_8).split("\n")) {
            java.util.List<String> cols = SalaryFixtures.splitCsv(line.strip());
            if (cols.size() > 6 && cols.get(3).equals("Data Engineer")) {
                values.add(Double.parseDouble(cols.get(6)));
            }
        }
        assertEquals(13, values.size());
        java.util.Collections.sort(values);
        double median = values.get(6);
        String html = Html.get("/salaries/titles/data-engineer").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<h1>“Data Engineer” salaries</h1>"), html);
        assertTrue(html.contains("Based on 13 survey answers"), html);
        assertTrue(html.contains("<dd>" + String.format(java.util.Locale.US, "%,.0f", median) + " USD</dd>"), html);
        assertTrue(html.contains("counts for <a href=\"/salaries/data-engineer\">Data Engineer</a>"), html);
        assertTrue(html.contains("<th scope=\"row\">Senior</th><td>10</td>"), "per level: 10 senior answers (the 11th senior Data Engineer answer is titled Big Data Engineer)");
        assertTrue(html.contains("id=\"trend-heading\""), "per year");
        assertFalse(html.contains("noindex"));
        assertTrue(HtmlValidator.errors(html).isEmpty(), HtmlValidator.errors(html).toString());

        String few = Html.get("/salaries/titles/big-data-engineer").then().statusCode(200).extract().asString();
        assertTrue(few.contains("Only 1 survey answer carries this title"), few);
        assertTrue(few.contains("<meta name=\"robots\" content=\"noindex\">"), "too few answers: not for search engines");
        String none = Html.get("/salaries/titles/wizard-of-data").then().statusCode(200).extract().asString();
        assertTrue(none.contains("this title counts for no role"), none);
        assertTrue(HtmlValidator.errors(none).isEmpty(), HtmlValidator.errors(none).toString());
    }

    @Test
    void theRoleSalaryPageLinksToTheTitlesThatCountForIt() {
        String html = Html.get("/salaries/data-engineer").asString();
        assertTrue(html.contains("<a href=\"/salaries/titles/data-engineer\">Data Engineer</a> (13 answers)"), html);
        assertTrue(html.contains("<a href=\"/salaries/titles/big-data-engineer\">Big Data Engineer</a> (1 answer)"), html);
        assertFalse(html.contains("/salaries/titles/wizard-of-data"), "a title of no role");
    }

    @Test
    void badTitleSlugsAreNotFoundPagesNeverErrors() {
        for (String path : java.util.List.of("/salaries/titles/no-such-title", "/salaries/titles/Data%20Engineer",
                "/salaries/titles/data%00engineer", "/salaries/titles/%00", "/salaries/titles/%C3%28",
                "/salaries/titles/%FF%FE", "/salaries/titles/" + "a".repeat(5000), "/salaries/titles/",
                "/salaries/titles/data-engineer/x")) {
            var r = given().urlEncodingEnabled(false).get(path);
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400 || r.statusCode() == 414, path + " answered " + r.statusCode());
            assertTrue(r.asString().contains("<html lang=\"en\">"), path + " in the site's layout: " + r.asString());
        }
    }

    static JsonNode json(String path) throws Exception {
        return new ObjectMapper().readTree(given().urlEncodingEnabled(false).get(path).then().statusCode(200).extract().asString());
    }

    static JsonNode find(JsonNode groups, String key) {
        for (JsonNode g : groups) {
            if (g.get("key").asText().equals(key)) {
                return g;
            }
        }
        throw new AssertionError("no group " + key + " in " + groups);
    }

    static Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
