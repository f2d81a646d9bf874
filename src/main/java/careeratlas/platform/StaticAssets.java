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

/**
 * The stylesheet under a name that carries a hash of its content ({@code /css/site.3f2a….css}), so browsers and
 * CDNs may keep it for a year: a changed stylesheet gets a new name. The layout links it through
 * {@link #stylesheet()}.
 */
@ApplicationScoped
public class StaticAssets {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Css CSS = load();

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
        try (InputStream in = StaticAssets.class.getResourceAsStream("/assets/site.css")) {
            byte[] bytes = in.readAllBytes();
            return new Css("/css/site." + Hashes.sha256Hex(bytes, 6) + ".css", Buffer.buffer(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("The stylesheet is missing", e);
        }
    }
}
