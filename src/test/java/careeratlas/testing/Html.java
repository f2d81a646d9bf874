package careeratlas.testing;

import io.restassured.response.Response;

import static io.restassured.RestAssured.given;

/** Fetches pages over real HTTP for the tests. */
public final class Html {

    private Html() {
    }

    /** The page with the vocabulary's links in running text taken out (their words stay), to compare texts. */
    public static String withoutTermLinks(String html) {
        return html.replaceAll("<a class=\"term\" href=\"[^\"]*\">([^<]*)</a>", "$1");
    }

    /** Text as Qute's HTML escaping writes it. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** The first group of every match of {@code pattern} in the page, in order. */
    public static java.util.List<String> all(java.util.regex.Pattern pattern, String html) {
        java.util.List<String> found = new java.util.ArrayList<>();
        java.util.regex.Matcher m = pattern.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    public static Response get(String path) {
        return given().urlEncodingEnabled(false).redirects().follow(false).accept("text/html").when().get(path);
    }
}
