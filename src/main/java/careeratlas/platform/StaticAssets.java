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

    private static Css load() {
        byte[] bytes = read("/assets/site.css");
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
