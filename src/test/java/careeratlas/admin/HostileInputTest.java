package careeratlas.admin;

import careeratlas.testing.AdminSession;
import careeratlas.testing.JobForms;
import careeratlas.testing.RawHttp;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fixed corpus of hostile values, already percent-encoded as an attacker sends them, in every query parameter and
 * path segment of every public route and in every field of the public and admin forms: never a 500, and nothing
 * stored.
 */
@QuarkusTest
class HostileInputTest {

    static final String EMOJI = "%F0%9F%98%80";
    /** Raw (percent-encoded) hostile values; those in {@link #REFUSED} must be answered 400 wherever they are. */
    static final List<String> CORPUS = List.of(
            "%00", "data%00engineer", "%0D%0ASet-Cookie:%20x=1", "%01", "%7F", "x".repeat(10_240), "%C0%AF",
            "%FF", "%ED%A0%80", "%", "%zz", "%E2%80%AE", EMOJI, "9223372036854775808", "-99999999999999999999",
            "%27%3B%20drop%20table%20job%3B--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    static final Set<String> REFUSED = Set.of("%00", "data%00engineer", "%0D%0ASet-Cookie:%20x=1", "%01", "%7F",
            "%C0%AF", "%FF", "%ED%A0%80", "%", "%zz", "%E2%80%AE");

    static final Map<String, List<String>> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("/", List.of("q"));
        ROUTES.put("/roles", List.of("q", "family"));
        ROUTES.put("/roles/data-engineer", List.of("x"));
        ROUTES.put("/compare", List.of("a", "b"));
        ROUTES.put("/compare/data-engineer-vs-machine-learning-research-engineer", List.of("x"));
        ROUTES.put("/jobs", List.of("role", "level", "type", "remote", "salary_min", "currency", "salary", "q", "skill", "tool", "country", "hybrid", "page", "after", "before"));
        ROUTES.put("/jobs/feed.xml", List.of("role", "level", "type", "remote", "salary_min", "currency", "salary", "q", "skill", "tool", "country", "hybrid"));
        ROUTES.put("/jobs/1", List.of("x"));
        ROUTES.put("/salaries/data-engineer", List.of("currency", "level", "remote", "year", "country"));
        ROUTES.put("/salaries/data-engineer.csv", List.of("currency", "level", "remote", "year", "country"));
        ROUTES.put("/salaries/data-engineer.json", List.of("currency", "level", "remote", "year", "country"));
        ROUTES.put("/sitemap.xml", List.of("x"));
        ROUTES.put("/salaries/titles/engineer", List.of("x"));
        ROUTES.put("/skills", List.of("x"));
        ROUTES.put("/skills/sql", List.of("x"));
        ROUTES.put("/tools/postgresql", List.of("x"));
        ROUTES.put("/paths", List.of("from", "to"));
        ROUTES.put("/paths/data-analyst-to-data-engineer", List.of("x"));
        ROUTES.put("/fit", List.of("skill", "tool", "from"));
        ROUTES.put("/share/roles/data-engineer.000000000000.png", List.of("x"));
        ROUTES.put("/about", List.of("x"));
        ROUTES.put("/privacy", List.of("x"));
        ROUTES.put("/jobs/post", List.of("x"));
        ROUTES.put("/jobs/post/confirm", List.of("token"));
        ROUTES.put("/employers/manage", List.of("token"));
        ROUTES.put("/employers/link", List.of("x"));
        ROUTES.put("/employers/jobs/1/edit", List.of("token"));
        ROUTES.put("/alerts/new", List.of("role", "level", "type", "remote", "salary_min", "currency", "q", "skill", "tool", "country", "hybrid"));
        ROUTES.put("/alerts/confirm", List.of("token"));
        ROUTES.put("/alerts/manage", List.of("token"));
        ROUTES.put("/alerts/unsubscribe", List.of("token"));
    }

    static final List<String> PATHS = List.of("/roles/%s", "/compare/%s", "/compare/data-engineer-vs-%s", "/jobs/%s",
            "/jobs/1-%s", "/salaries/%s", "/salaries/%s.csv", "/salaries/%s.json", "/salaries/titles/%s", "/skills/%s",
            "/tools/%s", "/paths/%s-to-data-engineer", "/paths/data-analyst-to-%s");

    @Test
    void hostileQueryParametersAndPathsNeverReachA500() {
        Map<String, Long> before = counts();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<String>> route : ROUTES.entrySet()) {
            for (String param : route.getValue()) {
                for (String value : CORPUS) {
                    String target = route.getKey() + "?" + param + "=" + value
                            + (route.getKey().equals("/compare") ? "&" + (param.equals("a") ? "b" : "a") + "=data-engineer" : "");
                    expect(target, RawHttp.get(target), REFUSED.contains(value), failures);
                }
            }
        }
        for (String path : PATHS) {
            for (String value : CORPUS) {
                String target = String.format(path, value);
                expect(target, RawHttp.get(target), REFUSED.contains(value), failures);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + String.join("\n", failures));
        assertEquals(before, counts());
    }

    @Test
    void theRefusalIsTheSitesOwnErrorPage() {
        RawHttp.Reply reply = RawHttp.get("/jobs?q=%00");
        assertEquals(400, reply.status());
        assertTrue(reply.body().contains("<html lang=\"en\">"), reply.body());
        assertTrue(reply.body().contains("This address cannot be read"));
    }

    @Test
    void hostileJobFormFieldsNeverReachA500AndStoreNothing() {
        AdminSession admin = AdminSession.signIn();
        Map<String, Long> before = counts();
        long maxJob = max("job");
        long maxCompany = max("company");
        List<String> failures = new ArrayList<>();
        Map<String, Object> valid = JobForms.valid("Hostile Input Engineer");
        valid.put("tagsShown", "true");
        valid.put("tags", "tool:postgresql");
        valid.put("tagsOffered", "tool:postgresql");
        valid.put("addTags", "Python");
        valid.put("country", "PT");
        valid.put("region", "Lisbon");
        valid.put("city", "Lisbon");
        valid.put("remotePolicy", "remote");
        valid.put("remoteGroups", "EU");
        valid.put("remoteCountries", "CH, GB");
        valid.put("utcOffsetMin", "-1");
        valid.put("utcOffsetMax", "3");
        List<String> saved = new ArrayList<>();
        for (String field : valid.keySet()) {
            for (String value : CORPUS) {
                RawHttp.Reply reply = RawHttp.postForm("/admin/jobs", admin.cookies(), body(admin, valid, field, value));
                // A text area may hold line breaks.
                boolean refused = REFUSED.contains(value) && !(field.equals("description") && value.startsWith("%0D%0A"));
                if (reply.status() >= 500 || (refused && reply.status() != 400)) {
                    failures.add(field + "=" + shorten(value) + " -> " + reply.status());
                }
                if (reply.status() == 303) {
                    saved.add(field + "=" + shorten(value));
                }
            }
        }
        // Each post has a new form token, so the valid base form is saved once per harmless value (an emoji is a
        // fine title); those saves are undone before the count.
        QuarkusTransaction.requiringNew().run(() -> {
            var em = AdminUser.getEntityManager();
            em.createNativeQuery("delete from job where id > :job").setParameter("job", maxJob).executeUpdate();
            em.createNativeQuery("delete from company where id > :company").setParameter("company", maxCompany).executeUpdate();
        });
        assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + String.join("\n", failures));
        assertEquals(before, counts(), "saved and undone: " + saved);
    }

    @Test
    void hostilePublicFormFieldsNeverReachA500AndStoreNothing() {
        AdminSession browser = AdminSession.anonymous();
        browser.get("/jobs/post");
        Map<String, Long> before = counts();
        long maxJob = max("job");
        Map<String, Object> post = new LinkedHashMap<>(JobForms.valid("Hostile Employer Engineer"));
        post.remove("status");
        post.remove("featuredUntil");
        post.remove("formToken");
        post.put("employerName", "Hostile Employer");
        post.put("employerEmail", "hostile-employer@example.org");
        post.put("website", "");
        post.put("started", "");
        Map<String, Map<String, Object>> forms = Map.of(
                "/jobs/post", post,
                "/employers/link", Map.of("email", "nobody-posted@example.org"),
                "/employers/jobs/1/renew", Map.of("token", "x"),
                "/employers/jobs/1/edit", Map.of("token", "x", "title", "x"),
                "/alerts", Map.of("email", "hostile-alert@example.org", "frequency", "daily",
                        "filters", "?role=data-engineer&remote=true", "website", ""),
                "/alerts/confirm", Map.of("token", "x"),
                "/alerts/forget", Map.of("token", "x"),
                "/alerts/unsubscribe?token=x", Map.of("List-Unsubscribe", "One-Click"));
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> f : forms.entrySet()) {
            for (String field : f.getValue().keySet()) {
                for (String value : CORPUS) {
                    RawHttp.Reply reply = RawHttp.postForm(f.getKey(), browser.cookies(), body(browser, f.getValue(), field, value));
                    boolean refused = REFUSED.contains(value) && !(field.equals("description") && value.startsWith("%0D%0A"));
                    if (reply.status() >= 500 || (refused && reply.status() != 400)) {
                        failures.add(f.getKey() + " " + field + "=" + shorten(value) + " -> " + reply.status());
                    }
                }
            }
        }
        for (String value : CORPUS) {
            // The one-click unsubscribe takes its token in the address and no form token.
            RawHttp.Reply reply = RawHttp.postForm("/alerts/unsubscribe?token=" + value, Map.of(), "List-Unsubscribe=One-Click");
            if (reply.status() >= 500 || (REFUSED.contains(value) && reply.status() != 400)) {
                failures.add("unsubscribe token=" + shorten(value) + " -> " + reply.status());
            }
        }
        AdminSession admin = AdminSession.signIn();
        admin.get("/admin/moderation");
        for (String value : CORPUS) {
            RawHttp.Reply reply = RawHttp.postForm("/admin/moderation/1/reject", admin.cookies(),
                    body(admin, Map.of("reason", "x"), "reason", value));
            if (reply.status() >= 500 || (REFUSED.contains(value) && reply.status() != 400)) {
                failures.add("reject reason=" + shorten(value) + " -> " + reply.status());
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + String.join("\n", failures));
        assertEquals(maxJob, max("job"), "no job was saved without a signed load time");
        assertEquals(before, counts());
    }

    @Test
    void hostileSignInAndAccountFieldsNeverReachA500() {
        Map<String, Long> before = counts();
        List<String> failures = new ArrayList<>();
        for (String value : CORPUS) {
            for (String field : List.of("username", "password")) {
                Map<String, Object> form = new LinkedHashMap<>(Map.of("username", "fuzz-nobody", "password", "not-the-password"));
                AdminSession.LoginForm signIn = AdminSession.loginForm();
                RawHttp.Reply reply = RawHttp.postForm(signIn.action(), signIn.cookies(), encode(form, field, value));
                if (reply.status() >= 500) {
                    failures.add("login " + field + "=" + shorten(value) + " -> " + reply.status());
                }
            }
        }
        String name = "fuzz-" + Long.toHexString(System.nanoTime());
        QuarkusTransaction.requiringNew().run(() -> AdminUser.create(name, "fuzz-password-123456", "test"));
        AdminSession fuzz = AdminSession.signIn(name, "fuzz-password-123456");
        Map<String, Long> withFuzzAdmin = counts();
        Map<String, Map<String, Object>> forms = Map.of(
                "/admin/account", Map.of("current", "fuzz-password-123456", "password", "another-pass-98765",
                        "confirm", "another-pass-98765x"),
                "/admin/users", Map.of("username", "fuzz-added", "password", "another-pass-98765",
                        "confirm", "another-pass-98765x", "current", "fuzz-password-123456"),
                "/admin/search/synonyms", Map.of("term", "fuzzterm", "expansion", "fuzz expansion"));
        for (Map.Entry<String, Map<String, Object>> f : forms.entrySet()) {
            for (String field : f.getValue().keySet()) {
                for (String value : CORPUS) {
                    RawHttp.Reply reply = RawHttp.postForm(f.getKey(), fuzz.cookies(), body(fuzz, f.getValue(), field, value));
                    if (reply.status() >= 500 || (REFUSED.contains(value) && reply.status() != 400)) {
                        failures.add(f.getKey() + " " + field + "=" + shorten(value) + " -> " + reply.status());
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + String.join("\n", failures));
        assertEquals(withFuzzAdmin, counts());
        QuarkusTransaction.requiringNew().run(() -> io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createNativeQuery("delete from search_synonym where term = 'fuzzterm' or expansion = 'fuzz expansion'")
                .executeUpdate());
        assertTrue(AdminSession.login(name, "fuzz-password-123456").getHeader("Location").endsWith("/admin"),
                "the password is unchanged");
        QuarkusTransaction.requiringNew().run(() -> AdminUser.delete("username", name));
        assertEquals(before, counts());
    }

    @Test
    void hostileExchangeRateFilesAreRefusedAndStoreNothing() {
        AdminSession admin = AdminSession.signIn();
        admin.get("/admin/exchange-rates");
        long before = rates();
        List<String> failures = new ArrayList<>();
        String day = java.time.LocalDate.now().minusDays(1).toString();
        for (String value : CORPUS) {
            String v = new String(decoded(value), StandardCharsets.ISO_8859_1);
            // The value as the whole file, and in each place of an otherwise valid CSV and XML file.
            List<String> files = List.of(v,
                    "Date, USD,\n" + v + ", 1.05,\n",
                    "Date, " + v + ",\n" + day + ", 1.05,\n",
                    "Date, USD,\n" + day + ", " + v + ",\n",
                    "<gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\"><Cube><Cube time='" + v
                            + "'><Cube currency='USD' rate='1.05'/></Cube></Cube></gesmes:Envelope>",
                    "<gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\"><Cube><Cube time='" + day
                            + "'><Cube currency='" + v + "' rate='" + v + "'/></Cube></Cube></gesmes:Envelope>");
            for (int i = 0; i < files.size(); i++) {
                io.restassured.response.Response r = admin.upload("/admin/exchange-rates", "file", "rates.csv",
                        files.get(i).getBytes(StandardCharsets.ISO_8859_1));
                if (r.statusCode() != 400) {
                    failures.add("rates file " + i + " with " + shorten(value) + " -> " + r.statusCode());
                }
            }
            io.restassured.response.Response body = admin.request().header("X-CSRF-TOKEN", admin.csrf())
                    .contentType("text/csv").body(decoded(value)).post("/admin/exchange-rates");
            if (body.statusCode() != 400) {
                failures.add("rates body " + shorten(value) + " -> " + body.statusCode());
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + String.join("\n", failures));
        assertEquals(before, rates(), "nothing stored");
    }

    /** The bytes a percent-encoded value stands for; a {@code %} that starts no escape stays as it is. */
    static byte[] decoded(String raw) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()
                    && Character.digit(raw.charAt(i + 1), 16) >= 0 && Character.digit(raw.charAt(i + 2), 16) >= 0) {
                out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static long rates() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) AdminUser.getEntityManager()
                .createNativeQuery("select count(*) from exchange_rate").getSingleResult()).longValue());
    }

    private static void expect(String target, RawHttp.Reply reply, boolean refused, List<String> failures) {
        if (reply.status() >= 500 || (refused && reply.status() != 400)) {
            failures.add(shorten(target) + " -> " + reply.status());
        }
    }

    private static String body(AdminSession session, Map<String, Object> form, String field, String raw) {
        Map<String, Object> all = new LinkedHashMap<>(form);
        if (all.containsKey("formToken")) {
            all.put("formToken", java.util.UUID.randomUUID().toString());
        }
        all.put("csrf-token", session.csrf());
        return encode(all, field, raw);
    }

    /** The form encoded as a browser would, with {@code field} replaced by the raw (already encoded) value. */
    private static String encode(Map<String, Object> form, String field, String raw) {
        List<String> pairs = new ArrayList<>();
        form.forEach((k, v) -> {
            if (k.equals(field)) {
                pairs.add(k + "=" + raw);
            } else if (v instanceof Iterable<?> values) {
                values.forEach(x -> pairs.add(k + "=" + URLEncoder.encode(x.toString(), StandardCharsets.UTF_8)));
            } else {
                pairs.add(k + "=" + URLEncoder.encode(v.toString(), StandardCharsets.UTF_8));
            }
        });
        return String.join("&", pairs);
    }

    private static Map<String, Long> counts() {
        return QuarkusTransaction.requiringNew().call(() -> List.of("job", "company", "admin_user", "job_alert",
                        "alert_subscriber", "alert_attempt").stream()
                .collect(Collectors.toMap(t -> t, t -> ((Number) AdminUser.getEntityManager()
                        .createNativeQuery("select count(*) from " + t).getSingleResult()).longValue())));
    }

    private static long max(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) AdminUser.getEntityManager()
                .createNativeQuery("select coalesce(max(id), 0) from " + table).getSingleResult()).longValue());
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 40) + "...(" + s.length() + ")" : s;
    }
}
