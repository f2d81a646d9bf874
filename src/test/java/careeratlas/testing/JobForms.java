package careeratlas.testing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The job form's fields as the admin page sends them. */
public final class JobForms {

    private JobForms() {
    }

    /** A valid, published, unfeatured job with the given title; tests change what they need. */
    public static Map<String, Object> valid(String title) {
        Map<String, Object> f = new HashMap<>();
        f.put("title", title);
        f.put("company", "Northwind Test Labs");
        f.put("role", "data-engineer");
        f.put("location", "Lisbon, Portugal");
        f.put("remote", "false");
        f.put("employmentTypes", List.of("full-time", "contract"));
        f.put("level", "senior");
        f.put("salaryMin", "70000");
        f.put("salaryMax", "90000");
        f.put("currency", "EUR");
        f.put("salaryPeriod", "year");
        f.put("description", "## The work\n- Build **pipelines**");
        f.put("applyUrl", "https://jobs.example.com/1");
        f.put("applyEmail", "");
        f.put("status", "published");
        f.put("expiresOn", LocalDate.now().plusDays(30).toString());
        f.put("featuredUntil", "");
        f.put("formToken", UUID.randomUUID().toString());
        return f;
    }
}
