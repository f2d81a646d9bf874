package careeratlas.admin;

import careeratlas.jobs.Job;
import careeratlas.testing.AdminSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-in, sign-out, lockout, CSRF and the security headers. */
@QuarkusTest
class AdminSecurityTest {

    @Test
    void anonymousVisitorsAreSentToSignInAndLandWhereTheyWereGoing() {
        for (String path : java.util.List.of("/admin", "/admin/jobs/new", "/admin/users", "/admin/account", "/admin/jobs/1/edit")) {
            given().redirects().follow(false).get(path).then().statusCode(302)
                    .header("Location", endsWith("/admin/login"));
        }
        Response first = given().redirects().follow(false).get("/admin/jobs/new");
        Cookie where = first.getDetailedCookie("quarkus-redirect-location");
        assertNotNull(where, "the original address is remembered");
        AdminSession.LoginForm form = AdminSession.loginForm(Map.of(where.getName(), where.getValue()));
        Response login = given().redirects().follow(false).cookies(form.cookies()).contentType("application/x-www-form-urlencoded")
                .formParam("username", AdminSession.USER).formParam("password", AdminSession.PASSWORD).post(form.action());
        assertEquals(302, login.statusCode());
        assertTrue(login.getHeader("Location").endsWith("/admin/jobs/new"), login.getHeader("Location"));
    }

    @Test
    void anonymousPostsChangeNothing() {
        long before = Job.count();
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("title", "Sneaky").post("/admin/jobs").then().statusCode(302);
        given().redirects().follow(false).post("/admin/jobs/1/delete").then().statusCode(302);
        assertEquals(before, Job.count());
    }

    @Test
    void sessionCookieIsHttpOnlyAndStrict() {
        Response login = AdminSession.login(AdminSession.USER, AdminSession.PASSWORD);
        String setCookie = login.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("career-atlas-session=")).findFirst().orElseThrow();
        assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=strict"), setCookie);
        assertFalse(setCookie.contains("career-atlas-test"), "no password in the cookie");
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = QuarkusTransaction.requiringNew().call(() -> AdminUser.findByUsername(AdminSession.USER).orElseThrow().passwordHash);
        assertTrue(hash.startsWith("$2a$12$") || hash.startsWith("$2b$12$") || hash.startsWith("$2y$12$"), hash);
        assertFalse(hash.contains(AdminSession.PASSWORD));
    }

    @Test
    void unknownUsernamesAreCheckedAgainstAHashAsCostlyAsAStoredOne() {
        String stored = QuarkusTransaction.requiringNew().call(() -> AdminUser.findByUsername(AdminSession.USER).orElseThrow().passwordHash);
        String dummy = AdminIdentityProvider.DUMMY_HASH;
        assertEquals(stored.substring(0, 7), dummy.substring(0, 7), "same bcrypt variant and cost");
        assertEquals(stored.length(), dummy.length());
        assertFalse(AdminUser.passwordMatchesHash(AdminSession.PASSWORD, dummy));
    }

    @Test
    void wrongPasswordAndUnknownUserAnswerTheSame() {
        Response wrong = AdminSession.login(AdminSession.USER, "not-the-password");
        Response unknown = AdminSession.login("nobody-here", "whatever-it-is");
        assertEquals(302, wrong.statusCode());
        assertEquals(wrong.getHeader("Location"), unknown.getHeader("Location"));
        assertTrue(wrong.getHeader("Location").endsWith("/admin/login?error=true"));
        given().get("/admin/login?error=true").then().statusCode(200)
                .body(containsString("The username or password is not right."));
        long failures = QuarkusTransaction.requiringNew().call(() ->
                LoginAttempt.count("username = ?1 and outcome = ?2", "nobody-here", LoginAttempt.Outcome.FAILURE));
        assertTrue(failures >= 1, "failed sign-ins are recorded");
    }

    @Test
    void fiveFailuresLockTheUsernameForFifteenMinutes() {
        QuarkusTransaction.requiringNew().run(() -> AdminUser.create("lockme", "lockme-password-123", "test"));
        for (int i = 0; i < 5; i++) {
            assertTrue(AdminSession.login("lockme", "wrong-" + i).getHeader("Location").contains("error"));
        }
        Response locked = AdminSession.login("lockme", "lockme-password-123");
        assertTrue(locked.getHeader("Location").endsWith("/admin/login?error=true"), "locked, answered like a wrong password");
        assertTrue(QuarkusTransaction.requiringNew().call(() ->
                LoginAttempt.count("username = ?1 and outcome = ?2", "lockme", LoginAttempt.Outcome.LOCKED)) >= 1);

        // Sixteen minutes later the lock has expired.
        careeratlas.testing.TestClock.pin(java.time.Instant.now().plus(java.time.Duration.ofMinutes(16)));
        Response after;
        try {
            after = AdminSession.login("lockme", "lockme-password-123");
        } finally {
            careeratlas.testing.TestClock.release();
        }
        assertFalse(after.getHeader("Location").contains("error"), after.getHeader("Location"));
        assertTrue(QuarkusTransaction.requiringNew().call(() ->
                LoginAttempt.count("username = ?1 and outcome = ?2", "lockme", LoginAttempt.Outcome.SUCCESS)) == 1);
    }

    @Test
    void signOutEndsTheSession() {
        AdminSession s = AdminSession.signIn();
        s.get("/admin").then().statusCode(200);
        Response out = s.post("/admin/logout", Map.of());
        assertEquals(303, out.statusCode());
        assertTrue(out.getHeader("Location").endsWith("/admin/login?signed-out=true"));
        s.request().get("/admin").then().statusCode(302);
    }

    @Test
    void postsWithoutAValidCsrfTokenAreRefused() {
        AdminSession s = AdminSession.signIn();
        long before = Job.count();
        s.request().contentType("application/x-www-form-urlencoded").formParam("title", "No token")
                .post("/admin/jobs").then().statusCode(403).body(containsString("This form has expired"))
                .body(containsString("<html lang=\"en\">"));
        s.request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", "forged-token-value")
                .formParam("title", "Bad token").post("/admin/jobs").then().statusCode(403);
        Map<String, String> otherBrowser = new java.util.HashMap<>(s.cookies());
        otherBrowser.put("csrf-token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        given().redirects().follow(false).cookies(otherBrowser).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", s.csrf()).post("/admin/jobs/1/expire").then().statusCode(403);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> !Job.<Job>findById(1L).isExpired(java.time.LocalDate.now())),
                "a token from another browser's cookie changes nothing");
        s.request().post("/admin/jobs/1/delete").then().statusCode(403);
        assertEquals(before, Job.count());
        // The same request with the token goes through (to validation).
        assertEquals(400, s.post("/admin/jobs", Map.of("title", "")).statusCode());
        // The token may also come in a header.
        s.request().header("X-CSRF-TOKEN", s.csrf()).contentType("application/x-www-form-urlencoded")
                .formParam("title", "").post("/admin/jobs").then().statusCode(400);
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        for (String path : java.util.List.of("/", "/jobs", "/admin/login")) {
            Response r = given().get(path);
            String csp = r.getHeader("Content-Security-Policy");
            assertNotNull(csp, path);
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertEquals("nosniff", r.getHeader("X-Content-Type-Options"));
            assertEquals("strict-origin-when-cross-origin", r.getHeader("Referrer-Policy"));
            assertEquals("DENY", r.getHeader("X-Frame-Options"));
        }
        AdminSession.signIn().get("/admin").then().header("Cache-Control", "no-store");
        given().get("/admin/login").then().header("Cache-Control", "no-store")
                .body(not(containsString("career-atlas-test")));
    }
}
