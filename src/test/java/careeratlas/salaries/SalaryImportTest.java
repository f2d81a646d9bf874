package careeratlas.salaries;

import careeratlas.testing.AdminSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Importing survey files: valid, with bad rows, refused, truncated, not a survey, empty, BOM and CRLF, twice; the
 * bundled survey at start; imports left running by a stopped process.
 */
@QuarkusTest
class SalaryImportTest {

    @Inject
    BundledSurvey bundled;

    @Inject
    SalaryImporter importer;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aValidFileReplacesTheDataAndMapsTitlesToRoles() {
        SalaryImport run = SalaryFixtures.importFile(AdminSession.signIn(), "small.csv");
        assertEquals(SalaryImport.Status.DONE, run.status, run.message);
        assertEquals(20, run.rowsImported);
        assertEquals(0, run.rowsSkipped);
        assertEquals(20L, count("true"));
        assertEquals(14L, count("role_id = (select id from role where slug = 'data-engineer')"), "Big Data Engineer is an alias");
        assertEquals(2L, count("role_id is null and job_title = 'Wizard of Data'"));
        assertEquals(1L, count("job_title = 'Analytics Engineer, Growth' and role_id is null"), "a quoted title with a comma");
    }

    @Test
    void theSummaryShowsCoverageUnmappedTitlesAndTime() {
        AdminSession admin = AdminSession.signIn();
        SalaryImport run = SalaryFixtures.importFile(admin, "small.csv");
        String html = admin.get("/admin/salaries/import/" + run.id).asString();
        assertTrue(html.contains("<strong>DONE</strong>: Imported 20 rows."), html);
        assertTrue(html.contains("<td>Wizard of Data</td><td>2</td>"));
        assertTrue(html.contains("<a href=\"/salaries/data-engineer\">Data Engineer</a></th><td>14</td>"));
        assertTrue(html.matches("(?s).*<dt>Time taken</dt><dd>\\d+\\.\\d s</dd>.*"));
    }

    @Test
    void importingTheSameFileTwiceGivesTheSameData() {
        AdminSession admin = AdminSession.signIn();
        SalaryFixtures.importFile(admin, "small.csv");
        long first = count("true");
        String before = SalaryFixtures.json("data-engineer");
        SalaryFixtures.importFile(admin, "small.csv");
        assertEquals(first, count("true"));
        assertEquals(before, SalaryFixtures.json("data-engineer"));
    }

    @Test
    void badRowsAreSkippedAndReportedWithTheirLineNumbers() {
        SalaryImport run = SalaryFixtures.importFile(AdminSession.signIn(), "bad-rows.csv");
        assertEquals(SalaryImport.Status.DONE, run.status);
        assertEquals(20, run.rowsImported);
        assertEquals(1, run.rowsSkipped);
        assertEquals(List.of("line 22: salary \"abc\" is not a whole number"), run.problemList());
        assertEquals(20L, count("true"));
    }

    @Test
    void moreThanFivePercentBadRowsIsRefusedAndTheOldDataKept() {
        AdminSession admin = AdminSession.signIn();
        SalaryFixtures.importFile(admin, "small.csv");
        SalaryImport run = SalaryFixtures.importFile(admin, "too-many-bad.csv");
        assertEquals(SalaryImport.Status.REFUSED, run.status);
        assertTrue(run.message.startsWith("2 of 22 rows (9.1%) are not valid"), run.message);
        assertEquals(List.of("line 22: unknown experience_level \"XX\"", "line 23: unknown salary_currency \"ZZZ\""), run.problemList());
        assertEquals(20L, count("true"), "the previous data is intact");
    }

    @Test
    void aTruncatedUploadKeepsTheCompleteRows() {
        SalaryImport run = SalaryFixtures.importFile(AdminSession.signIn(), "truncated.csv");
        assertEquals(SalaryImport.Status.DONE, run.status, run.message);
        assertEquals(19, run.rowsImported);
        assertEquals(1, run.rowsSkipped);
        assertTrue(run.problemList().get(0).startsWith("line 21: "), run.problemList().toString());
    }

    @Test
    void filesThatAreNotSurveysAreRefusedWithoutTouchingTheData() {
        AdminSession admin = AdminSession.signIn();
        SalaryFixtures.importFile(admin, "small.csv");
        SalaryImport csv = SalaryFixtures.importBytes(admin, "name,email\nAda,ada@example.com\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(SalaryImport.Status.REFUSED, csv.status);
        assertTrue(csv.message.startsWith("This is not a salary survey file"));
        SalaryImport png = SalaryFixtures.importBytes(admin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, (byte) 0xff});
        assertEquals(SalaryImport.Status.REFUSED, png.status, png.message);
        SalaryImport empty = SalaryFixtures.importBytes(admin, new byte[0]);
        assertEquals(SalaryImport.Status.REFUSED, empty.status);
        assertEquals("The file is empty.", empty.message);
        assertEquals(20L, count("true"));
    }

    @Test
    void aFieldLongerThanTheCapStopsTheImportWithAMessageAndKeepsTheData() {
        AdminSession admin = AdminSession.signIn();
        SalaryFixtures.importFile(admin, "small.csv");
        String header = "work_year,experience_level,employment_type,job_title,salary,salary_currency,salary_in_usd,"
                + "employee_residence,remote_ratio,company_location,company_size\n";
        String row = "2024,SE,FT,Data Engineer,100000,USD,100000,US,0,US,M\n";
        // One quoted title of 4,097 characters among valid rows: the cap is 4,096 a field.
        String file = header + row.repeat(30) + "2024,SE,FT,\"" + "d".repeat(FieldLimitReader.MAX_FIELD + 1)
                + "\",100000,USD,100000,US,0,US,M\n" + row.repeat(30);
        SalaryImport refused = SalaryFixtures.importBytes(admin, file.getBytes(StandardCharsets.UTF_8));
        assertEquals(SalaryImport.Status.REFUSED, refused.status, refused.message);
        assertEquals("This is not a salary survey file: it has a field longer than 4096 characters.", refused.message);
        assertEquals(20L, count("true"), "the previous data is intact");

        // At the cap exactly (quotes would count), the field is read, and the row is skipped by the row rules (titles are at most 200).
        String atCap = header + row.repeat(30) + "2024,SE,FT," + "d".repeat(FieldLimitReader.MAX_FIELD)
                + ",100000,USD,100000,US,0,US,M\n";
        SalaryImport read = SalaryFixtures.importBytes(admin, atCap.getBytes(StandardCharsets.UTF_8));
        assertEquals(SalaryImport.Status.DONE, read.status, read.message);
        assertEquals(30, read.rowsImported);
        assertEquals(List.of("line 32: job_title is empty or longer than 200 characters"), read.problemList());
        SalaryFixtures.importFile(admin, "small.csv");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreFine() {
        SalaryImport run = SalaryFixtures.importFile(AdminSession.signIn(), "bom-crlf.csv");
        assertEquals(SalaryImport.Status.DONE, run.status, run.message);
        assertEquals(20, run.rowsImported);
        assertEquals(14L, count("role_id = (select id from role where slug = 'data-engineer')"));
    }

    @Test
    void editorsMapUnmappedTitlesToRolesAndTheFiguresFollow() throws Exception {
        AdminSession admin = AdminSession.signIn();
        SalaryFixtures.importFile(admin, "small.csv");
        String page = admin.get("/admin/salaries/aliases").asString();
        assertTrue(page.contains("Wizard of Data (2)"));
        assertTrue(careeratlas.testing.HtmlValidator.errors(page).isEmpty(), careeratlas.testing.HtmlValidator.errors(page).toString());
        assertTrue(SalaryFixtures.json("data-engineer").contains("\"n\" : 14,"));

        Response added = admin.post("/admin/salaries/aliases", java.util.Map.of("title", "wizard of data", "role", "data-engineer"));
        assertEquals(303, added.statusCode());
        assertEquals(16L, count("role_id = (select id from role where slug = 'data-engineer')"));
        assertTrue(SalaryFixtures.json("data-engineer").contains("\"n\" : 16,"), "the cached figures were refreshed");
        assertEquals(400, admin.post("/admin/salaries/aliases", java.util.Map.of("title", "Wizard of Data", "role", "data-analyst")).statusCode());
        assertEquals(400, admin.post("/admin/salaries/aliases", java.util.Map.of("title", "", "role", "data-analyst")).statusCode());

        long id = QuarkusTransaction.requiringNew().call(() -> RoleAlias.findByTitle("wizard of data").orElseThrow().id);
        assertEquals(303, admin.post("/admin/salaries/aliases/" + id + "/delete", java.util.Map.of()).statusCode());
        assertEquals(2L, count("role_id is null and job_title = 'Wizard of Data'"));
        assertTrue(SalaryFixtures.json("data-engineer").contains("\"n\" : 14,"));
    }

    @Test
    void uploadsAreAdminOnlyAndNeedTheCsrfToken() {
        io.restassured.RestAssured.given().redirects().follow(false).contentType("text/csv").body("x")
                .post("/admin/salaries/import").then().statusCode(302);
        AdminSession admin = AdminSession.signIn();
        admin.request().contentType("text/csv").body("x").post("/admin/salaries/import").then().statusCode(403);
    }

    @Test
    void theProgressPageRefreshesWhileAnImportRuns() {
        AdminSession admin = AdminSession.signIn();
        Response r = admin.request().header("X-CSRF-TOKEN", admin.csrf()).contentType("text/csv")
                .body(SalaryFixtures.bytes("small.csv")).post("/admin/salaries/import");
        assertEquals(303, r.statusCode());
        String page = SalaryFixtures.waitFor(admin, r.getHeader("Location"));
        assertTrue(page.contains("Imported 20 rows"));
        assertTrue(!page.contains("http-equiv=\"refresh\""), "a finished import no longer refreshes");
        // A running import's page: the same template with the progress bar.
        QuarkusTransaction.requiringNew().run(() -> {
            SalaryImport i = new SalaryImport();
            i.actor = "admin";
            i.startedAt = java.time.OffsetDateTime.now();
            i.status = SalaryImport.Status.RUNNING;
            i.persist();
        });
        long id = QuarkusTransaction.requiringNew().call(() -> SalaryImport.<SalaryImport>find("order by id desc").firstResult().id);
        String running = admin.get("/admin/salaries/import/" + id).asString();
        assertTrue(running.contains("<meta http-equiv=\"refresh\" content=\"1\">"));
        assertTrue(running.contains("This page refreshes by itself"));
        QuarkusTransaction.requiringNew().run(() -> SalaryImport.deleteById(id));
    }

    @Test
    void theBundledSurveyWasImportedAtStartWithNoBadRows() {
        SalaryImport atStart = QuarkusTransaction.requiringNew().call(() -> SalaryImport.<SalaryImport>find(
                "actor = ?1 order by id", BundledSurvey.ACTOR).firstResult());
        assertNotNull(atStart, "the test database started empty, so the bundled survey was imported at start");
        assertEquals(SalaryImport.Status.DONE, atStart.status, atStart.message);
        assertEquals(0, atStart.rowsSkipped, atStart.problems);
        assertEquals(74_301, atStart.rowsImported);
        System.out.println("Bundled survey import at start took " + atStart.durationMs + " ms");
    }

    @Test
    void theBundledSurveyGivesTheMedianComputedFromTheFile() throws Exception {
        long id = bundled.importNow();
        SalaryImport run = QuarkusTransaction.requiringNew().call(() -> SalaryImport.<SalaryImport>findById(id));
        assertEquals(SalaryImport.Status.DONE, run.status, run.message);
        assertEquals(0, run.rowsSkipped);
        assertEquals(74_301, run.rowsImported);
        assertEquals(74_301L, count("true"));
        assertEquals(Optional.empty(), bundled.importIfEmpty(), "not imported again over existing data");

        // The median for Data Engineer computed here, independently, from the bundled file and the role's titles
        // (a survey title counts for a role when it equals one of the role's aliases, ignoring case).
        Set<String> titles = Set.copyOf(QuarkusTransaction.requiringNew().call(() -> careeratlas.catalog.Role.getEntityManager()
                .createNativeQuery("select lower(title) from role_alias where role_id = (select id from role where slug = 'data-engineer')", String.class)
                .getResultList()));
        List<Double> values = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                SalaryImportTest.class.getResourceAsStream("/salaries/aijobs-salaries-2025-01-19.csv.gz")), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                List<String> cols = SalaryFixtures.splitCsv(line);
                if (titles.contains(cols.get(3).toLowerCase(java.util.Locale.ROOT))) {
                    values.add(Double.parseDouble(cols.get(6)));
                }
            }
        }
        assertTrue(values.size() > 1000, "the survey has many Data Engineer answers: " + values.size());
        Collections.sort(values);
        double pos = 0.5 * (values.size() - 1);
        double expected = values.get((int) Math.floor(pos)) + (pos - Math.floor(pos)) * (values.get((int) Math.ceil(pos)) - values.get((int) Math.floor(pos)));
        String json = SalaryFixtures.json("data-engineer");
        assertTrue(json.contains("\"n\" : " + values.size() + ","), json);
        double median = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("overall").get("median").asDouble();
        assertEquals(expected, median, 0.001);
        // The survey's own titles land on real figures, also the broad ones that count for no role.
        for (String title : List.of("research-engineer", "data-engineer", "engineer")) {
            String page = careeratlas.testing.Html.get("/salaries/titles/" + title).then().statusCode(200).extract().asString();
            assertTrue(page.matches("(?s).*Based on [0-9,]+ survey answers.*<dt>Median</dt><dd>[0-9,]+ USD</dd>.*"), title);
        }
        SalaryFixtures.importFile(AdminSession.signIn(), "small.csv");
    }

    @Test
    void anImportLeftRunningByAStoppedProcessIsMarkedFailed() throws Exception {
        long orphan = runningImport();
        long alive = runningImport();
        try (Connection other = dataSource.getConnection(); var lock = other.prepareStatement("select pg_advisory_lock(?, ?)")) {
            // Another replica's import: its process holds the import's lock.
            lock.setInt(1, SalaryImporter.LOCK_RUNNING);
            lock.setInt(2, (int) alive);
            lock.execute();
            assertTrue(importer.failInterrupted() >= 1);
            SalaryImport failed = QuarkusTransaction.requiringNew().call(() -> SalaryImport.<SalaryImport>findById(orphan));
            assertEquals(SalaryImport.Status.FAILED, failed.status);
            assertEquals(SalaryImporter.INTERRUPTED, failed.message);
            assertNotNull(failed.finishedAt);
            assertEquals(SalaryImport.Status.RUNNING, QuarkusTransaction.requiringNew().call(
                    () -> SalaryImport.<SalaryImport>findById(alive)).status, "a running import elsewhere is left alone");
        }
        AdminSession admin = AdminSession.signIn();
        String page = admin.get("/admin/salaries/import/" + orphan).asString();
        assertTrue(page.contains("The import was interrupted"), page);
        assertTrue(!page.contains("http-equiv=\"refresh\""));
        QuarkusTransaction.requiringNew().run(() -> {
            SalaryImport.deleteById(orphan);
            SalaryImport.deleteById(alive);
        });
    }

    private static long runningImport() {
        return QuarkusTransaction.requiringNew().call(() -> {
            SalaryImport i = new SalaryImport();
            i.actor = "admin";
            i.startedAt = java.time.OffsetDateTime.now();
            i.status = SalaryImport.Status.RUNNING;
            i.persist();
            return i.id;
        });
    }

    static long count(String condition) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) SalaryImport.getEntityManager()
                .createNativeQuery("select count(*) from salary_report where " + condition).getSingleResult()).longValue());
    }
}
