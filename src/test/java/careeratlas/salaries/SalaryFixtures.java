package careeratlas.salaries;

import careeratlas.testing.AdminSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;

/** Survey files written for the tests (src/test/resources/salaries) and ways to import them. */
final class SalaryFixtures {

    private SalaryFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = SalaryFixtures.class.getResourceAsStream("/salaries/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uploads a fixture as the browser form does (multipart) and waits for the import to finish. */
    static SalaryImport importFile(AdminSession admin, String name) {
        Response r = admin.request().multiPart("file", name, bytes(name), "text/csv")
                .multiPart("csrf-token", admin.csrf()).post("/admin/salaries/import?wait=true");
        return result(r);
    }

    /** Posts raw bytes as text/csv, as automation does. */
    static SalaryImport importBytes(AdminSession admin, byte[] body) {
        Response r = admin.request().header("X-CSRF-TOKEN", admin.csrf()).contentType("text/csv").body(body)
                .post("/admin/salaries/import?wait=true");
        return result(r);
    }

    private static SalaryImport result(Response r) {
        if (r.statusCode() != 303) {
            throw new IllegalStateException("import answered " + r.statusCode() + ": " + r.asString());
        }
        long id = Long.parseLong(r.getHeader("Location").replaceAll(".*/", ""));
        return QuarkusTransaction.requiringNew().call(() -> SalaryImport.<SalaryImport>findById(id));
    }

    /** Polls an import's page until it no longer refreshes. */
    static String waitFor(AdminSession admin, String location) {
        String path = location.replaceFirst("^https?://[^/]+", "");
        for (int i = 0; i < 100; i++) {
            String page = admin.get(path).asString();
            if (!page.contains("http-equiv=\"refresh\"")) {
                return page;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new IllegalStateException("the import did not finish");
    }

    static String json(String slug) {
        return given().get("/salaries/" + slug + ".json").then().statusCode(200).extract().asString();
    }

    /** Splits one CSV line with double-quoted fields (enough for the survey file). */
    static List<String> splitCsv(String line) {
        List<String> cols = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cols.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cols.add(cur.toString());
        return cols;
    }
}
