package careeratlas.platform;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The stylesheet under a name that carries a hash of its content ({@code /css/site.3f2a….css}), so browsers and
 * CDNs may keep it for a year: a changed stylesheet gets a new name. The layout links it through
 * {@link #stylesheet()}.
 */
@ApplicationScoped
public class StaticAssets {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** Icons and the manifest keep fixed names (browsers ask for /favicon.ico by name): kept a day. */
    static final String DAY = "public, max-age=86400";
    /** Inter (variable weight, Latin subset, SIL Open Font License; licence in assets/fonts/OFL-Inter.txt). */
    private static final Hashed FONT = hashed("/assets/fonts/inter-latin-wght-normal.woff2", "/fonts/inter-latin-wght.", ".woff2", "font/woff2");
    /** Marks the table-of-contents entry of the section in view (progressive enhancement). */
    private static final Hashed TOC_SCRIPT = hashed("/assets/js/toc.js", "/js/toc.", ".js", "text/javascript; charset=UTF-8");
    /** Declared after the font: the stylesheet names the font's hashed address. */
    private static final Css CSS = load();

    /** The site mark as favicon and app icons, and the web app manifest: address, resource, content type. */
    private static final List<String[]> FILES = List.of(
            new String[] {"/favicon.ico", "/assets/icons/favicon.ico", "image/x-icon"},
            new String[] {"/favicon.svg", "/assets/icons/mark.svg", "image/svg+xml"},
            new String[] {"/apple-touch-icon.png", "/assets/icons/apple-touch-icon.png", "image/png"},
            new String[] {"/icons/icon-192.png", "/assets/icons/icon-192.png", "image/png"},
            new String[] {"/icons/icon-512.png", "/assets/icons/icon-512.png", "image/png"},
            new String[] {"/icons/icon-maskable-512.png", "/assets/icons/icon-maskable-512.png", "image/png"},
            new String[] {"/manifest.webmanifest", "/assets/manifest.webmanifest", "application/manifest+json"});

    private record Css(String path, Buffer bytes) {
    }

    /** A file served under a name with a hash of its content, cached for a year. */
    private record Hashed(String path, Buffer bytes, String type) {
    }

    /** The web font's address (preloaded by the layout, named in the stylesheet). */
    public static String font() {
        return FONT.path();
    }

    /** The table-of-contents script's address. */
    public static String tocScript() {
        return TOC_SCRIPT.path();
    }

    /** The current stylesheet's address. */
    public static String stylesheet() {
        return CSS.path();
    }

    void routes(@Observes Router router) {
        router.route(CSS.path()).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(rc -> {
            HttpServerResponse response = rc.response()
                    .putHeader("Content-Type", "text/css; charset=UTF-8")
                    .putHeader("Cache-Control", IMMUTABLE)
                    .putHeader("Vary", "Accept-Encoding");
            allowCompression(response);
            response.end(CSS.bytes());
        });
        for (Hashed file : List.of(FONT, TOC_SCRIPT)) {
            boolean text = file.type().startsWith("text/");
            router.route(file.path()).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(rc -> {
                HttpServerResponse response = rc.response().putHeader("Content-Type", file.type())
                        .putHeader("Cache-Control", IMMUTABLE);
                if (text) {
                    response.putHeader("Vary", "Accept-Encoding");
                    allowCompression(response);
                }
                response.end(file.bytes());
            });
        }
        for (String[] file : FILES) {
            Buffer bytes = Buffer.buffer(read(file[1]));
            boolean text = !file[2].startsWith("image/png") && !file[2].equals("image/x-icon");
            router.route(file[0]).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(rc -> {
                HttpServerResponse response = rc.response().putHeader("Content-Type", file[2])
                        .putHeader("Cache-Control", DAY);
                if (text) {
                    response.putHeader("Vary", "Accept-Encoding");
                    allowCompression(response);
                }
                response.end(bytes);
            });
        }
    }

    /**
     * Lets the HTTP layer gzip a response of one of our own routes for clients that accept it. Quarkus marks every
     * response {@code Content-Encoding: identity} and lifts the mark only on routes it knows to be compressible.
     */
    static void allowCompression(HttpServerResponse response) {
        if ("identity".equals(response.headers().get("Content-Encoding"))) {
            response.headers().remove("Content-Encoding");
        }
    }

    private static Hashed hashed(String resource, String prefix, String suffix, String type) {
        byte[] bytes = read(resource);
        return new Hashed(prefix + Hashes.sha256Hex(bytes, 6) + suffix, Buffer.buffer(bytes), type);
    }

    private static Css load() {
        byte[] bytes = read("/assets/site.css");
        // The stylesheet names the font by its hashed address.
        bytes = new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                .replace("@FONT_URL@", FONT.path()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new Css("/css/site." + Hashes.sha256Hex(bytes, 6) + ".css", Buffer.buffer(bytes));
    }

    private static byte[] read(String resource) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
    }
}
