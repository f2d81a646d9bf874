package careeratlas.platform;

import careeratlas.testing.Html;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Comparison, role and salary pages name a 1200x630 PNG share picture, drawn on the server, under a content hash. */
@QuarkusTest
class ShareCardsTest {

    private static final Pattern OG_IMAGE = Pattern.compile("<meta property=\"og:image\" content=\"http://localhost:8080(/share/([a-z]+)/([a-z0-9-]+)\\.([0-9a-f]{12})\\.png)\">");
    static final String SEED = "/compare/data-engineer-vs-machine-learning-research-engineer";

    @Test
    void comparisonRoleAndSalaryPagesHaveALargeShareCard() throws Exception {
        for (String[] page : new String[][] {{SEED, "compare", "data-engineer-vs-machine-learning-research-engineer"},
                {"/roles/data-engineer", "roles", "data-engineer"}, {"/salaries/data-engineer", "salaries", "data-engineer"}}) {
            String html = Html.get(page[0]).asString();
            Matcher m = OG_IMAGE.matcher(html);
            assertTrue(m.find(), page[0] + " names its share picture");
            assertEquals(page[1], m.group(2));
            assertEquals(page[2], m.group(3));
            assertTrue(html.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"), page[0]);
            assertTrue(html.contains("<meta name=\"twitter:image\" content=\"http://localhost:8080" + m.group(1) + "\">"), page[0]);

            Response png = given().get(m.group(1));
            assertEquals(200, png.statusCode(), m.group(1));
            assertEquals("image/png", png.getContentType());
            assertEquals("public, max-age=31536000, immutable", png.getHeader("Cache-Control"));
            byte[] bytes = png.asByteArray();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertEquals(1200, image.getWidth(), m.group(1));
            assertEquals(630, image.getHeight(), m.group(1));
        }
    }

    @Test
    void theComparisonPictureShowsBothRolesInTheirColours() throws Exception {
        Matcher m = OG_IMAGE.matcher(Html.get(SEED).asString());
        assertTrue(m.find());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(given().get(m.group(1)).asByteArray()));
        // The two figure panels carry role A's blue and role B's orange as their edge (x 72 and x 72 + panel + gap).
        assertEquals(0x1f5fa8, image.getRGB(75, 500) & 0xffffff, "role A's colour on the left panel");
        int panel = (1200 - 144 - 32) / 2;
        assertEquals(0xa13d12, image.getRGB(72 + panel + 32 + 3, 500) & 0xffffff, "role B's colour on the right panel");
        // Not a blank picture: dark title text in the upper half.
        long dark = 0;
        for (int x = 72; x < 1100; x += 2) {
            for (int y = 190; y < 320; y += 2) {
                if ((image.getRGB(x, y) & 0xff) < 0x60) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 2000, "the title is drawn, dark pixels: " + dark);
    }

    @Test
    void theHashNamesTheContentAndAnOutdatedOneIsSentOn() {
        Matcher role = OG_IMAGE.matcher(Html.get("/roles/data-engineer").asString());
        Matcher other = OG_IMAGE.matcher(Html.get("/roles/data-analyst").asString());
        assertTrue(role.find() && other.find());
        assertNotEquals(role.group(4), other.group(4), "different figures, different addresses");
        Matcher again = OG_IMAGE.matcher(Html.get("/roles/data-engineer").asString());
        assertTrue(again.find());
        assertEquals(role.group(1), again.group(1), "the same figures keep their address");
        given().redirects().follow(false).get("/share/roles/data-engineer.000000000000.png").then()
                .statusCode(302).header("Location", org.hamcrest.Matchers.endsWith(role.group(1)));
        assertEquals(404, given().get("/share/roles/no-such-role." + role.group(4) + ".png").statusCode());
        assertEquals(404, given().get("/share/nothing/data-engineer." + role.group(4) + ".png").statusCode());
    }
}
