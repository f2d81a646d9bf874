package careeratlas.platform;

import careeratlas.testing.Html;
import careeratlas.testing.HtmlValidator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of page is valid HTML5, has the metadata search engines and link previews use, and ordered headings. */
@QuarkusTest
class ValidHtmlTest {

    private static final Pattern HEADING = Pattern.compile("<h([1-6])[\\s>]");

    @ParameterizedTest
    @CsvSource({
        "/, 200",
        "/roles, 200",
        "/about, 200",
        "/privacy, 200",
        "/roles/data-engineer, 200",
        "/roles/nlp-engineer, 200",
        "/compare, 200",
        "/compare/data-engineer-vs-machine-learning-research-engineer, 200",
        "/compare/bi-developer-vs-nlp-engineer, 200",
        "/compare?a=data-analyst&b=data-analyst, 400",
        "/jobs, 200",
        "/jobs?level=senior&q=python&remote=true, 200",
        "/jobs?salary_min=60000&currency=EUR&salary=listed, 200",
        "/skills, 200",
        "/skills/spreadsheet-modeling, 200",
        "/skills/java, 200",
        "/tools, 200",
        "/tools/excel, 200",
        "/paths, 200",
        "/paths?from=data-analyst&to=data-analyst, 400",
        "/paths/data-analyst-to-data-engineer, 200",
        "/paths/research-scientist-to-bi-developer, 200",
        "/fit, 200",
        "/fit?skill=sql&skill=python&tool=postgresql&from=data-analyst, 200",
        "/alerts/new, 200",
        "/alerts/new?role=data-engineer&remote=true&skill=python&q=spark, 200",
        "/alerts/confirm?token=damaged, 400",
        "/alerts/manage?token=damaged, 400",
        "/paths/data-engineer-to-data-engineer, 404",
        "/roles/no-such-role, 404",
        "/no/such/page, 404",
    })
    void pageIsValidHtml5WithMetadata(String path, int status) {
        Response response = Html.get(path);
        assertEquals(status, response.statusCode(), path);
        String html = response.asString();
        List<String> errors = HtmlValidator.errors(html);
        assertTrue(errors.isEmpty(), path + " has HTML errors: " + errors);

        assertTrue(html.contains("<html lang=\"en\">"), "lang");
        assertTrue(Pattern.compile("<title>[^<]+</title>").matcher(html).find(), "title");
        assertTrue(html.contains("<meta name=\"description\" content=\""), "meta description");
        assertTrue(html.contains("<link rel=\"canonical\" href=\"http"), "canonical link");
        assertTrue(html.contains("<meta property=\"og:title\""), "Open Graph");
        assertTrue(html.contains("<main id=\"content\""), "main landmark");
        assertTrue(html.contains("<nav aria-label=\"Main\">"), "navigation landmark");
        assertHeadingsInOrder(path, html);
    }

    @Test
    void theCheckerCatchesInvalidMarkup() {
        String broken = "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>"
                + "<body><main><p><div>block in a paragraph</div></p><img src=\"a.png\"></main></body></html>";
        assertFalse(HtmlValidator.errors(broken).isEmpty());
    }

    /** One h1, and no heading skips a level on the way down. */
    static void assertHeadingsInOrder(String path, String html) {
        Matcher m = HEADING.matcher(html);
        int previous = 0;
        int h1 = 0;
        while (m.find()) {
            int level = Integer.parseInt(m.group(1));
            assertTrue(level <= previous + 1, path + ": h" + level + " follows h" + previous);
            h1 += level == 1 ? 1 : 0;
            previous = level;
        }
        assertEquals(1, h1, path + ": exactly one h1");
    }
}
