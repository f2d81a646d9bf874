package careeratlas.testing;

import io.restassured.response.Response;

import static io.restassured.RestAssured.given;

/** Fetches pages over real HTTP for the tests. */
public final class Html {

    private Html() {
    }

    /** Text as Qute's HTML escaping writes it. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    public static Response get(String path) {
        return given().urlEncodingEnabled(false).redirects().follow(false).accept("text/html").when().get(path);
    }
}
