package careeratlas.jobs;

import careeratlas.platform.Dates;
import careeratlas.platform.Money;
import careeratlas.platform.PayPeriod;
import careeratlas.testing.AdminSession;
import careeratlas.testing.Html;
import careeratlas.testing.HtmlValidator;
import careeratlas.testing.JobForms;
import careeratlas.testing.TestJobs;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pay on the job board: the minimum salary compares yearly equivalents across currencies with the exchange rates in
 * the database (the expected results are computed here from those rates), salary=any|listed, the rates' date and
 * the approximate converted figures, the pay period on the form and in the JSON-LD, and loading ECB files.
 */
@QuarkusTest
class JobPayTest {

    static final String MARK = "Quokkapay";
    static final String MINE = "&q=" + MARK.toLowerCase(Locale.ROOT);
    private static final Pattern ROW_ID = Pattern.compile("href=\"/jobs/(\\d+)-");
    /** The seeded snapshot's two lines, as the ECB published them in eurofxref.csv (see V86.1__exchange_rates.sql). */
    static final String SEED_CSV = "Date, USD, JPY, BGN, CZK, DKK, GBP, HUF, PLN, RON, SEK, CHF, ISK, NOK, TRY, AUD, BRL, CAD, CNY, HKD, IDR, ILS, INR, KRW, MXN, MYR, NZD, PHP, SGD, THB, ZAR, \n"
            + "25 November 2024, 1.0495, 161.64, 1.9558, 25.295, 7.4586, 0.83465, 409.78, 4.3185, 4.9767, 11.5030, 0.9324, 145.30, 11.5865, 36.3020, 1.6111, 6.0941, 1.4648, 7.6018, 8.1659, 16651.89, 3.8493, 88.4595, 1469.87, 21.3301, 4.6724, 1.7926, 61.936, 1.4128, 36.271, 18.9592, \n";

    private final TestJobs jobs = new TestJobs();
    private LocalDate ratesBefore;
    private long lastSeedJob;

    long eurYearly;      // EUR 50,000 - 58,000 a year
    long usdYearly;      // USD 70,000 - 80,000 a year
    long gbpHourly;      // GBP 30 - 40 an hour
    long eurMonthly;     // EUR 4,500 - 5,500 a month
    long usdHourly;      // USD 20 an hour
    long noSalary;
    long aedYearly;      // AED 500,000 a year: the ECB quotes no AED

    @BeforeEach
    void createJobs() {
        ratesBefore = newestRateDate();
        lastSeedJob = TestJobs.newestId();
        eurYearly = job("EUR yearly", "EUR", 50_000, 58_000, PayPeriod.YEAR);
        usdYearly = job("USD yearly", "USD", 70_000, 80_000, PayPeriod.YEAR);
        gbpHourly = job("GBP hourly", "GBP", 30, 40, PayPeriod.HOUR);
        eurMonthly = job("EUR monthly", "EUR", 4_500, 5_500, PayPeriod.MONTH);
        usdHourly = job("USD hourly", "USD", 20, 20, PayPeriod.HOUR);
        noSalary = job("No salary", null, null, null, PayPeriod.YEAR);
        aedYearly = job("AED yearly", "AED", 500_000, null, PayPeriod.YEAR);
    }

    @AfterEach
    void cleanUp() {
        jobs.deleteAll();
        TestJobs.deleteAfter(lastSeedJob);
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("delete from exchange_rate where rate_date > :d").setParameter("d", ratesBefore)
                .executeUpdate());
        TestJobs.contentChanged();
    }

    @Test
    void theMinimumComparesYearlyPayConvertedWithTheDatabasesRates() {
        Map<String, BigDecimal> rates = rates();
        Set<Long> reaching = mine().stream().filter(j -> reaches(j, 60_000, "EUR", rates)).map(Pay::id)
                .collect(Collectors.toCollection(TreeSet::new));
        // The jobs were chosen so that the rule matters: a lower USD figure, hourly and monthly pay reach it.
        assertEquals(new TreeSet<>(List.of(usdYearly, gbpHourly, eurMonthly)), reaching, "computed from " + rates);

        Set<Long> unpriced = Set.of(noSalary, aedYearly);
        assertEquals(union(reaching, unpriced), ids(Html.get("/jobs?salary_min=60000&currency=EUR" + MINE).asString()),
                "salary=any (the default) keeps jobs whose pay cannot be compared");
        assertEquals(union(reaching, unpriced), ids(Html.get("/jobs?salary_min=60000&currency=EUR&salary=any" + MINE).asString()));
        assertEquals(reaching, ids(Html.get("/jobs?salary_min=60000&currency=eur&salary=listed" + MINE).asString()),
                "salary=listed leaves them out");

        // The whole board, seed jobs included, against the same computation.
        List<Pay> open = open();
        for (String listed : List.of("any", "listed")) {
            long expected = open.stream().filter(j -> reaches(j, 60_000, "EUR", rates)
                    || (listed.equals("any") && !comparable(j, "EUR", rates))).count();
            assertEquals(expected, JobBoardTest.total(Html.get("/jobs?salary_min=60000&currency=EUR&salary=" + listed)
                    .asString()), "salary=" + listed);
        }
        // Without a currency the minimum is in US dollars.
        long inDollars = open.stream().filter(j -> reaches(j, 100_000, "USD", rates) || !comparable(j, "USD", rates)).count();
        String html = Html.get("/jobs?salary_min=100000").asString();
        assertEquals(inDollars, JobBoardTest.total(html));
        assertTrue(html.contains("Remove filter Salary from USD 100,000 a year"), "the chip names the currency");
    }

    @Test
    void salaryListedAloneLeavesOutJobsWithoutPay() {
        assertEquals(Set.of(eurYearly, usdYearly, gbpHourly, eurMonthly, usdHourly, aedYearly),
                ids(Html.get("/jobs?salary=listed" + MINE).asString()));
        assertEquals(Set.of(eurYearly, usdYearly, gbpHourly, eurMonthly, usdHourly, aedYearly, noSalary),
                ids(Html.get("/jobs?salary=any" + MINE).asString()));
        String html = Html.get("/jobs?salary=listed").asString();
        assertEquals(JobBoardTest.count(JobBoardTest.OPEN + " and coalesce(salary_max, salary_min) is not null"),
                JobBoardTest.total(html));
        assertTrue(html.contains("aria-label=\"Remove filter Only jobs that list pay\""));
        Html.get("/jobs?salary=sometimes").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("salary “sometimes” is neither “any” nor “listed”"));
    }

    @Test
    void cardsKeepTheJobsCurrencyAndPeriodAndMarkConvertedFiguresApproximate() {
        Map<String, BigDecimal> rates = rates();
        LocalDate date = newestRateDate();
        String html = Html.get("/jobs?currency=EUR" + MINE).then().statusCode(200).extract().asString();
        assertTrue(HtmlValidator.errors(html).isEmpty(), HtmlValidator.errors(html).toString());
        assertTrue(html.contains("European Central Bank's reference rates of <time datetime=\"" + date + "\">"
                + Dates.display(date) + "</time>"), "the rates' date");
        assertTrue(html.contains("An hourly rate counts 2,080 hours a year (40 hours for 52 weeks), a monthly salary 12 months."));
        Map<Long, String> rows = rows(html);

        assertTrue(rows.get(usdYearly).contains("<span class=\"tag tag-salary\">USD 70K - 80K</span>"), rows.get(usdYearly));
        assertConverted(rows.get(usdYearly), "EUR", 70_000, 80_000, PayPeriod.YEAR, "USD", rates);
        assertTrue(rows.get(gbpHourly).contains(">GBP 30 - 40 an hour</span>"), rows.get(gbpHourly));
        assertConverted(rows.get(gbpHourly), "EUR", 30, 40, PayPeriod.HOUR, "GBP", rates);
        assertTrue(rows.get(eurMonthly).contains(">EUR 4.5K - 5.5K a month</span>"), rows.get(eurMonthly));
        assertConverted(rows.get(eurMonthly), "EUR", 4_500, 5_500, PayPeriod.MONTH, "EUR", rates);
        assertTrue(rows.get(usdHourly).contains(">USD 20 an hour</span>"), rows.get(usdHourly));

        assertTrue(rows.get(eurYearly).contains(">EUR 50K - 58K</span>"));
        assertFalse(rows.get(eurYearly).contains("tag-converted"), "yearly pay in the currency asked for is not converted");
        assertFalse(rows.get(noSalary).contains("tag-salary"));
        assertTrue(rows.get(aedYearly).contains(">AED 500K</span>"));
        assertFalse(rows.get(aedYearly).contains("tag-converted"), "no rate, no converted figure");

        String plain = Html.get("/jobs?level=mid" + MINE).asString();
        assertFalse(plain.contains("tag-converted"), "nothing is converted unless pay is compared");
        assertFalse(plain.contains("class=\"rates-note\""));
        assertTrue(plain.contains("reference rates of <time datetime=\"" + date + "\">"), "the hint names the date");
    }

    @Test
    void aCurrencyWithoutARateDropsTheSalaryFilterWithANotice() {
        String html = Html.get("/jobs?salary_min=60000&currency=AED").then().statusCode(200).extract().asString();
        assertTrue(html.contains("we have no exchange rate for AED, so the minimum salary was left out"), html);
        assertEquals(JobBoardTest.count(JobBoardTest.OPEN), JobBoardTest.total(html));
        for (String bad : List.of("9223372036854775808", "-99999999999999999999", "-5", "0", "1e6", "abc")) {
            Html.get("/jobs?salary_min=" + bad + "&currency=EUR").then().statusCode(200)
                    .body(org.hamcrest.Matchers.containsString("Some filters were left out"));
        }
    }

    @Test
    void theFormStoresThePayPeriodAndBoundsItPerPeriod() throws Exception {
        AdminSession admin = AdminSession.signIn();
        Map<String, Object> form = JobForms.valid(MARK + " Monthly Intern " + UUID.randomUUID().toString().substring(0, 8));
        form.put("salaryMin", "1200");
        form.put("salaryMax", "1500");
        form.put("salaryPeriod", "month");
        Response r = admin.post("/admin/jobs", form);
        assertEquals(303, r.statusCode(), r.asString());
        long id = TestJobs.newestId();
        assertEquals(PayPeriod.MONTH, QuarkusTransaction.requiringNew().call(() -> Job.<Job>findById(id).salaryPeriod));
        String page = admin.get(r.getHeader("Location").replaceFirst("^https?://[^/]+", "")).asString();
        assertTrue(page.contains(">EUR 1.2K - 1.5K a month</span>"), "the job page shows the period");
        JsonNode salary = JobSeoTest.jsonLd(page).get("baseSalary");
        assertEquals("MONTH", salary.get("value").get("unitText").asText());
        assertEquals(1200, salary.get("value").get("minValue").asInt());
        assertTrue(admin.get("/admin/jobs/" + id + "/edit").asString()
                .contains("name=\"salaryPeriod\" value=\"month\" checked"), "the edit form shows it");

        Map<String, String[]> refused = new java.util.LinkedHashMap<>();
        refused.put("hour", new String[] {"20000", "Hourly pay must be between 1 and 10,000."});
        refused.put("month", new String[] {"2000000", "Monthly salaries must be between 1 and 1,000,000."});
        refused.put("year", new String[] {"10000001", "Salaries must be between 1 and 10,000,000."});
        refused.put("week", new String[] {"90000", "Choose whether the salary is per hour, per month or per year."});
        for (var c : refused.entrySet()) {
            Map<String, Object> bad = JobForms.valid(MARK + " Refused " + c.getKey());
            bad.put("salaryPeriod", c.getKey());
            bad.put("salaryMin", "1");
            bad.put("salaryMax", c.getValue()[0]);
            Response refusal = admin.post("/admin/jobs", bad);
            assertEquals(400, refusal.statusCode(), c.getKey());
            assertTrue(refusal.asString().contains(c.getValue()[1]), c.getKey() + ": " + c.getValue()[1]);
        }
        assertEquals(id, TestJobs.newestId(), "nothing refused was stored");

        Map<String, Object> hourly = JobForms.valid(MARK + " Hourly Analyst");
        hourly.put("salaryMin", "45");
        hourly.put("salaryMax", "45");
        hourly.put("currency", "USD");
        hourly.put("salaryPeriod", "hour");
        assertEquals(303, admin.post("/admin/jobs", hourly).statusCode());
        long hourlyId = TestJobs.newestId();
        String canonical = Html.get("/jobs/" + hourlyId).then().statusCode(301).extract().header("Location")
                .replaceFirst("^https?://[^/]+", "");
        String hourlyPage = Html.get(canonical).asString();
        assertTrue(hourlyPage.contains(">USD 45 an hour</span>"));
        assertEquals("HOUR", JobSeoTest.jsonLd(hourlyPage).get("baseSalary").get("value").get("unitText").asText());

        Map<String, Object> curl = JobForms.valid(MARK + " Curl Engineer");
        curl.remove("salaryPeriod");
        assertEquals(303, admin.post("/admin/jobs", curl).statusCode());
        assertEquals(PayPeriod.YEAR, QuarkusTransaction.requiringNew()
                .call(() -> Job.<Job>findById(TestJobs.newestId()).salaryPeriod), "a form without the field is yearly");

        String employerForm = Html.get("/jobs/post").asString();
        assertTrue(employerForm.contains("name=\"salaryPeriod\" value=\"hour\""), "the employers' form has it too");
    }

    @Test
    void loadingNewerEcbFilesChangesTheConversionAndTheShownDate() {
        AdminSession admin = AdminSession.signIn();
        String board = "/jobs?salary_min=60000&currency=EUR&salary=listed" + MINE;
        String before = Html.get(board).asString(); // kept in the page cache from here on
        assertTrue(ids(before).contains(usdYearly), "USD 80K reaches EUR 60K with the seeded rates");
        assertTrue(before.contains("reference rates of <time datetime=\"" + ratesBefore + "\">"));

        LocalDate csvDay = LocalDate.now().minusDays(2);
        String csv = "Date, USD, JPY, GBP, \n" + csvDay.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))
                + ", 1.4000, 160.50, 0.9000, \n";
        Response loaded = upload(admin, "eurofxref.csv", csv);
        assertEquals(303, loaded.statusCode(), loaded.asString());
        assertEquals(4L, rowsOn(csvDay), "three rates and the euro");
        String after = Html.get(board).asString();
        assertTrue(after.contains("reference rates of <time datetime=\"" + csvDay + "\">" + Dates.display(csvDay)),
                "the board names the new date (its kept page was dropped)");
        Map<String, BigDecimal> rates = rates();
        assertEquals(0, new BigDecimal("1.4").compareTo(rates.get("USD")));
        assertEquals(mine().stream().filter(j -> reaches(j, 60_000, "EUR", rates)).map(Pay::id).collect(Collectors.toSet()),
                ids(after));
        assertFalse(ids(after).contains(usdYearly), "USD 80K is below EUR 60K at 1.40 dollars a euro");
        assertTrue(ids(after).contains(gbpHourly), "currencies the file leaves out keep their newest rate");

        Response again = upload(admin, "eurofxref.csv", csv);
        assertEquals(303, again.statusCode());
        assertTrue(admin.get("/admin/exchange-rates").asString().contains("were already loaded: nothing changed"));
        assertEquals(4L, rowsOn(csvDay), "loading the same file twice changes nothing");

        LocalDate xmlDay = LocalDate.now().minusDays(1);
        Response xml = admin.keeping(admin.request().header("X-CSRF-TOKEN", admin.csrf()).contentType("application/xml")
                .body(ecbXml(xmlDay, "<Cube currency='USD' rate='1.1000'/><Cube currency='GBP' rate='0.85000'/>"))
                .post("/admin/exchange-rates"));
        assertEquals(303, xml.statusCode(), xml.asString());
        String latest = Html.get(board).asString();
        assertTrue(latest.contains("reference rates of <time datetime=\"" + xmlDay + "\">"));
        assertTrue(ids(latest).contains(usdYearly), "USD 80K is EUR 72,727 at 1.10");
        Map<String, BigDecimal> newest = rates();
        assertEquals(mine().stream().filter(j -> reaches(j, 60_000, "EUR", newest)).map(Pay::id).collect(Collectors.toSet()),
                ids(latest));

        String adminPage = admin.get("/admin/exchange-rates").asString();
        assertTrue(HtmlValidator.errors(adminPage).isEmpty(), HtmlValidator.errors(adminPage).toString());
        assertTrue(adminPage.contains("<time datetime=\"" + xmlDay + "\">" + xmlDay + "</time>: 3 currencies"));
        assertTrue(adminPage.contains("<tr><td>USD</td><td>1.1</td><td><time datetime=\"" + xmlDay + "\">"));
        assertTrue(adminPage.contains("<tr><td>JPY</td><td>160.5</td><td><time datetime=\"" + csvDay + "\">"));
    }

    @Test
    void theSeededSnapshotIsTheEcbFileAsPublished() {
        AdminSession admin = AdminSession.signIn();
        long rows = allRates();
        Response r = upload(admin, "eurofxref.csv", SEED_CSV);
        assertEquals(303, r.statusCode(), r.asString());
        assertTrue(admin.get("/admin/exchange-rates").asString()
                .contains("The rates of " + Dates.display(LocalDate.of(2024, 11, 25)) + " were already loaded: nothing changed"));
        assertEquals(rows, allRates());
        assertEquals(31L, rowsOn(LocalDate.of(2024, 11, 25)), "30 currencies and the euro");
    }

    @Test
    void externalEntitiesAndMalformedFilesAreRefusedWithNothingStored() {
        AdminSession admin = AdminSession.signIn();
        admin.get("/admin/exchange-rates");
        long rows = allRates();
        String day = LocalDate.now().minusDays(1).toString();
        String xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE gesmes:Envelope [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + ecbXml(LocalDate.parse(day), "<Cube currency='USD' rate='&xxe;'/>").replaceFirst("^<\\?xml[^>]*>\n", "");
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                + "<gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\"><Cube><Cube time='" + day
                + "'><Cube currency='USD' rate='1.1'/></Cube></Cube><x>&lol2;</x></gesmes:Envelope>";
        Map<String, String[]> files = new java.util.LinkedHashMap<>();
        files.put("xxe", new String[] {xxe, "declares a document type or entities"});
        files.put("bomb", new String[] {bomb, "declares a document type or entities"});
        files.put("empty", new String[] {"", "The file is empty"});
        files.put("one line", new String[] {"Date, USD, \n", "a header line"});
        files.put("no date column", new String[] {"Day, USD,\n2 December 2026, 1.1,\n", "must start with “Date”"});
        files.put("comma decimals", new String[] {"Date, USD, GBP,\n" + day + ", 1,05, 0.85,\n", "has 3 rates for 2 currencies"});
        files.put("short code", new String[] {"Date, US,\n" + day + ", 1.05,\n", "“US” is not a three-letter currency code"});
        files.put("euro", new String[] {"Date, EUR,\n" + day + ", 1,\n", "the euro is always 1"});
        files.put("negative", new String[] {"Date, USD,\n" + day + ", -1.05,\n", "not a number such as 1.0495"});
        files.put("zero", new String[] {"Date, USD,\n" + day + ", 0.000,\n", "is not positive"});
        files.put("huge", new String[] {"Date, USD,\n" + day + ", 99999999999999999999,\n", "not a number such as 1.0495"});
        files.put("bad date", new String[] {"Date, USD,\n31 February 2026, 1.05,\n", "not a date such as"});
        files.put("future", new String[] {"Date, USD,\n" + LocalDate.now().plusDays(3) + ", 1.05,\n", "a date after today"});
        files.put("second day bad", new String[] {"Date, USD,\n" + day + ", 1.05,\n" + LocalDate.now().minusDays(2) + ", x,\n",
                "not a number such as 1.0495"});
        files.put("twice", new String[] {"Date, USD, USD,\n" + day + ", 1.05, 1.06,\n", "USD appears twice"});
        files.put("xml rate outside a day", new String[] {"<gesmes:Envelope xmlns:gesmes=\"x\"><Cube currency='USD' rate='1.1'/></gesmes:Envelope>",
                "outside a day"});
        files.put("xml not ecb", new String[] {"<html><body>hello</body></html>", "not an ECB rates file"});
        files.put("xml broken", new String[] {"<gesmes:Envelope><Cube><Cube time='" + day + "'>", "cannot be read"});
        files.put("too large", new String[] {"Date, USD,\n" + day + ", 1.05,\n" + " ".repeat(EcbRatesFile.MAX_BYTES), "larger than 64 KB"});
        for (var f : files.entrySet()) {
            Response r = upload(admin, "rates.txt", f.getValue()[0]);
            assertEquals(400, r.statusCode(), f.getKey());
            String page = r.asString();
            assertTrue(page.contains(f.getValue()[1]), f.getKey() + ": " + page);
            assertTrue(page.contains("Nothing was loaded."), f.getKey());
            assertTrue(page.contains("<main id=\"content\""), "in the site's layout");
            assertFalse(page.contains("root:"), "no file content leaks");
        }
        assertTrue(HtmlValidator.errors(upload(admin, "rates.txt", "nonsense").asString()).isEmpty());
        Response nul = upload(admin, "rates.csv", "Date, USD,\n" + day + ", 1.05\u0000,\n");
        assertEquals(400, nul.statusCode());
        assertTrue(nul.asString().contains("control characters"));
        Response latin1 = admin.upload("/admin/exchange-rates", "file", "rates.csv",
                ("Date, USD,\n" + day + ", 1.05 \u00e9,\n").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(400, latin1.statusCode());
        assertTrue(latin1.asString().contains("not UTF-8 text"));
        assertEquals(rows, allRates(), "nothing of a refused file is stored");

        Response noToken = admin.request().contentType("text/csv").body("Date, USD,\n" + day + ", 1.05,\n")
                .post("/admin/exchange-rates");
        assertEquals(403, noToken.statusCode(), "every POST needs the CSRF token");
        Response anonymous = AdminSession.anonymous().request().header("X-CSRF-TOKEN", "x").contentType("text/csv")
                .body("Date, USD,\n" + day + ", 1.05,\n").post("/admin/exchange-rates");
        assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 401 || anonymous.statusCode() == 403,
                "admins only: " + anonymous.statusCode());
        assertEquals(rows, allRates());
    }

    // --- helpers ---

    /** A job's pay as stored. */
    record Pay(long id, Integer min, Integer max, String currency, String period) {
    }

    private long job(String what, String currency, Integer min, Integer max, PayPeriod period) {
        Consumer<Job> pay = j -> {
            j.currency = currency;
            j.salaryMin = min;
            j.salaryMax = max;
            j.salaryPeriod = period;
        };
        return jobs.create(MARK + " " + what, "data-engineer", pay);
    }

    /** Whether the job's yearly pay in {@code currency} reaches {@code minimum}: amount × periods × rate(to) / rate(from). */
    static boolean reaches(Pay j, long minimum, String currency, Map<String, BigDecimal> rates) {
        BigDecimal yearly = yearly(j, currency, rates);
        return yearly != null && yearly.compareTo(BigDecimal.valueOf(minimum)) >= 0;
    }

    static boolean comparable(Pay j, String currency, Map<String, BigDecimal> rates) {
        return yearly(j, currency, rates) != null;
    }

    static BigDecimal yearly(Pay j, String currency, Map<String, BigDecimal> rates) {
        Integer amount = j.max() != null ? j.max() : j.min();
        if (amount == null || !rates.containsKey(j.currency()) || !rates.containsKey(currency)) {
            return null;
        }
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(perYear(j.period()))).multiply(rates.get(currency))
                .divide(rates.get(j.currency()), MathContext.DECIMAL128);
    }

    /** The rule the board states: 2,080 working hours (40 × 52) or 12 months a year. */
    static int perYear(String period) {
        return switch (period) {
            case "HOUR" -> 40 * 52;
            case "MONTH" -> 12;
            default -> 1;
        };
    }

    static void assertConverted(String row, String to, int min, int max, PayPeriod period, String from,
                                Map<String, BigDecimal> rates) {
        String low = Money.compact(converted(min, period, from, to, rates));
        String high = Money.compact(converted(max, period, from, to, rates));
        String expected = "<span class=\"tag tag-converted\"><span aria-hidden=\"true\">≈</span><span class=\"visually-hidden\">about</span> "
                + to + " " + low + " - " + high + " a year</span>";
        assertTrue(row.contains(expected), "expected " + expected + " in " + row);
    }

    static double converted(int amount, PayPeriod period, String from, String to, Map<String, BigDecimal> rates) {
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(perYear(period.name()))).multiply(rates.get(to))
                .divide(rates.get(from), MathContext.DECIMAL128).setScale(0, RoundingMode.HALF_UP).doubleValue();
    }

    /** Each currency's newest rate in the database, units per euro. */
    @SuppressWarnings("unchecked")
    static Map<String, BigDecimal> rates() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                    "select distinct on (currency) currency, per_euro from exchange_rate order by currency, rate_date desc")
                    .getResultList();
            Map<String, BigDecimal> rates = new HashMap<>();
            rows.forEach(r -> rates.put((String) r[0], (BigDecimal) r[1]));
            return rates;
        });
    }

    static LocalDate newestRateDate() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object d = Panache.getEntityManager().createNativeQuery("select max(rate_date) from exchange_rate").getSingleResult();
            return d instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) d;
        });
    }

    static long rowsOn(LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from exchange_rate where rate_date = :d").setParameter("d", day)
                .getSingleResult()).longValue());
    }

    static long allRates() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from exchange_rate").getSingleResult()).longValue());
    }

    private List<Pay> mine() {
        return pays("j.title like '" + MARK + " %'");
    }

    private static List<Pay> open() {
        return pays(JobBoardTest.OPEN.replace("status", "j.status").replace("expires_on", "j.expires_on"));
    }

    @SuppressWarnings("unchecked")
    private static List<Pay> pays(String condition) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                    "select j.id, j.salary_min, j.salary_max, j.currency, j.salary_period from job j where " + condition)
                    .getResultList();
            return rows.stream().map(r -> new Pay(((Number) r[0]).longValue(), (Integer) r[1], (Integer) r[2],
                    (String) r[3], (String) r[4])).toList();
        });
    }

    static Response upload(AdminSession admin, String name, String content) {
        return admin.upload("/admin/exchange-rates", "file", name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** An eurofxref-daily.xml as the ECB publishes it, with the given rates. */
    static String ecbXml(LocalDate day, String cubes) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\" xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\">\n"
                + "\t<gesmes:subject>Reference rates</gesmes:subject>\n"
                + "\t<gesmes:Sender>\n\t\t<gesmes:name>European Central Bank</gesmes:name>\n\t</gesmes:Sender>\n"
                + "\t<Cube>\n\t\t<Cube time='" + day + "'>\n\t\t\t" + cubes + "\n\t\t</Cube>\n\t</Cube>\n</gesmes:Envelope>\n";
    }

    static Set<Long> ids(String html) {
        return new TreeSet<>(rows(html).keySet());
    }

    static Map<Long, String> rows(String html) {
        Map<Long, String> rows = new HashMap<>();
        for (String row : JobBoardTest.rows(html)) {
            Matcher m = ROW_ID.matcher(row);
            assertTrue(m.find(), row);
            rows.put(Long.parseLong(m.group(1)), row);
        }
        return rows;
    }

    static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
