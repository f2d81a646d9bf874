package careeratlas.platform;

import careeratlas.testing.Html;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every link the public pages render to the site's own pages (all built by {@link Urls}) leads somewhere: a walk
 * from the home page follows each internal link once and expects 200, or a 301 to a page that answers 200.
 */
@QuarkusTest
class LinksTest {

    static final Pattern HREF = Pattern.compile("(?:href|action)=\"(/[^\"#]*)\"");
    static final int MAX_PAGES = 400;

    @Test
    void everyInternalLinkLeadsToAPage() {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(java.util.List.of("/", "/salaries/methodology", "/jobs?page=2"));
        Set<String> kinds = new java.util.TreeSet<>();
        while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
            String path = queue.poll().replace("&amp;", "&");
            if (!seen.add(path) || path.startsWith("/admin") || path.startsWith("/css/")) {
                continue;
            }
            Response r = given().redirects().follow(false).get(path);
            if (r.statusCode() == 301) {
                String to = r.getHeader("Location").replaceFirst("^https?://[^/]+", "");
                assertEquals(200, Html.get(to).statusCode(), path + " -> " + to);
                continue;
            }
            assertEquals(200, r.statusCode(), "link to " + path);
            kinds.add(path.replaceAll("\\?.*", "").replaceAll("^(/[a-z]+)/.+", "$1/…"));
            if (r.getContentType().startsWith("text/html")) {
                Matcher m = HREF.matcher(r.asString());
                while (m.find()) {
                    queue.add(m.group(1));
                }
            }
        }
        for (String kind : new String[] {"/", "/roles", "/roles/…", "/compare", "/compare/…", "/jobs", "/jobs/…",
                "/salaries", "/salaries/…"}) {
            assertTrue(kinds.contains(kind), "the walk reached " + kind + " pages: " + kinds);
        }
    }
}
