package careeratlas.testing;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** A browser-like admin session over real HTTP: the session cookie, the CSRF cookie and the form's token. */
public final class AdminSession {

    public static final String USER = "admin";
    public static final String PASSWORD = "career-atlas-test";
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String csrf;

    /** A browser that is not signed in (for the public forms): cookies and the CSRF token of the last page. */
    public static AdminSession anonymous() {
        return new AdminSession();
    }

    public static AdminSession signIn() {
        return signIn(USER, PASSWORD);
    }

    public static AdminSession signIn(String user, String password) {
        AdminSession s = new AdminSession();
        Response r = login(user, password);
        if (r.statusCode() != 302 || r.getHeader("Location").contains("error")) {
            throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + r.getHeader("Location"));
        }
        s.cookies.putAll(r.getCookies());
        s.csrf();
        return s;
    }

    private static final Pattern LOGIN_ACTION = Pattern.compile("action=\"/admin/login\\?csrf-token=([^\"]+)\"");

    /** A fresh browser's sign-in form: its anonymous CSRF cookie and the token in the form's address. */
    public record LoginForm(Map<String, String> cookies, String token) {
        public String action() {
            return "/admin/login?csrf-token=" + token;
        }
    }

    public static LoginForm loginForm() {
        return loginForm(Map.of());
    }

    /** The sign-in form as a browser holding these cookies sees it. */
    public static LoginForm loginForm(Map<String, String> cookies) {
        Response page = given().redirects().follow(false).cookies(cookies).get("/admin/login");
        Matcher m = LOGIN_ACTION.matcher(page.asString());
        if (!m.find()) {
            throw new IllegalStateException("no sign-in form: " + page.statusCode());
        }
        Map<String, String> all = new HashMap<>(cookies);
        all.putAll(page.getCookies());
        return new LoginForm(all, m.group(1));
    }

    /** The raw sign-in POST, as the form sends it (after loading the form). */
    public static Response login(String user, String password) {
        LoginForm form = loginForm();
        return given().redirects().follow(false).cookies(form.cookies()).contentType("application/x-www-form-urlencoded")
                .formParam("username", user).formParam("password", password).post(form.action());
    }

    public RequestSpecification request() {
        return given().redirects().follow(false).urlEncodingEnabled(true).cookies(cookies);
    }

    public Response get(String path) {
        Response r = request().get(path);
        keep(r);
        Matcher m = TOKEN.matcher(r.asString());
        if (m.find()) {
            csrf = m.group(1);
        }
        return r;
    }

    /** The CSRF token of the last page that had a form (loads the dashboard when none was seen yet). */
    public String csrf() {
        if (csrf == null) {
            get("/admin");
        }
        return csrf;
    }

    /** A form POST carrying the CSRF token, like the browser sends it. */
    public Response post(String path, Map<String, ?> form) {
        String token = csrf();
        RequestSpecification spec = request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token);
        form.forEach((k, v) -> {
            if (v instanceof Iterable<?> values) {
                values.forEach(x -> spec.formParam(k, x));
            } else {
                spec.formParam(k, v);
            }
        });
        Response r = spec.post(path);
        keep(r);
        return r;
    }

    /**
     * A file upload as a browser sends it: a multipart form with the CSRF token and the file, with its length declared
     * (RestAssured's own multipart bodies are chunked, which the site refuses with 411 outside the survey import).
     */
    public Response upload(String path, String field, String fileName, byte[] content) {
        String boundary = "----career-atlas-test-" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset ascii = java.nio.charset.StandardCharsets.US_ASCII;
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + csrf()
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(ascii));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(ascii));
        Response r = request().contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray()).post(path);
        keep(r);
        return r;
    }

    /** Keeps the cookies {@code r} sets (for requests built with {@link #request()}), and returns it. */
    public Response keeping(Response r) {
        keep(r);
        return r;
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    private void keep(Response r) {
        r.getDetailedCookies().forEach(c -> {
            if (c.getMaxAge() == 0) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
    }
}
