package careeratlas.platform;

import careeratlas.testing.Html;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site mark as favicon and app icons, the manifest, and the footer every page links them from. */
@QuarkusTest
class SiteIconsTest {

    @Test
    void faviconIsARealIconFile() {
        Response ico = given().get("/favicon.ico");
        assertEquals(200, ico.statusCode());
        assertEquals("image/x-icon", ico.getContentType());
        byte[] bytes = ico.asByteArray();
        assertEquals(0, bytes[0]);
        assertEquals(0, bytes[1]);
        assertEquals(1, bytes[2], "ICO type");
        assertEquals(3, bytes[4], "16, 32 and 48 pixels");
        assertTrue(ico.getHeader("Cache-Control").contains("max-age=86400"));
    }

    @Test
    void appIconsHaveTheirSizes() throws Exception {
        for (String[] icon : new String[][] {{"/icons/icon-192.png", "192"}, {"/icons/icon-512.png", "512"},
                {"/icons/icon-maskable-512.png", "512"}, {"/apple-touch-icon.png", "180"}}) {
            Response r = given().get(icon[0]);
            assertEquals(200, r.statusCode(), icon[0]);
            assertEquals("image/png", r.getContentType());
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(r.asByteArray()));
            assertEquals(Integer.parseInt(icon[1]), image.getWidth(), icon[0]);
            assertEquals(image.getWidth(), image.getHeight());
        }
        assertTrue(given().get("/favicon.svg").asString().startsWith("<svg"));
    }

    @Test
    void manifestNamesTheSiteAndItsIcons() throws Exception {
        Response r = given().get("/manifest.webmanifest");
        assertEquals("application/manifest+json", r.getContentType());
        JsonNode manifest = new ObjectMapper().readTree(r.asString());
        assertEquals("Career Atlas", manifest.get("name").asText());
        for (JsonNode icon : manifest.get("icons")) {
            assertEquals(200, given().get(icon.get("src").asText()).statusCode(), icon.toString());
        }
    }

    @Test
    void everyPageLinksTheIconsAndTheFooterPages() {
        String html = Html.get("/roles/data-engineer").asString();
        assertTrue(html.contains("<link rel=\"icon\" href=\"/favicon.ico\" sizes=\"32x32\">"));
        assertTrue(html.contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">"));
        for (String link : new String[] {"/about", "/salaries/methodology", "/jobs/feed.xml", "/privacy", "/sitemap.xml"}) {
            assertTrue(html.contains("href=\"" + link + "\""), "footer links " + link);
        }
        assertTrue(Html.get("/privacy").asString().contains("we do not track you"));
    }
}
