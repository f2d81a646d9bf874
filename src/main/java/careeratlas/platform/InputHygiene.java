package careeratlas.platform;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses, before anything else sees it, a request whose path or query string cannot be text we store or show:
 * a bad or truncated percent-escape, bytes that are not UTF-8 (overlong forms such as {@code %C0%AF} included),
 * a control character (C0, DEL; PostgreSQL rejects NUL in text outright) or a bidirectional override
 * (U+202A-U+202E, U+2066-U+2069, which reorder what an admin sees). The answer is 400 with the site's error page,
 * never a 500 from deep inside a query. Form bodies get the same rules in {@link FormHygieneFilter}.
 */
@ApplicationScoped
public class InputHygiene {

    private static final Logger LOG = Logger.getLogger(InputHygiene.class);
    /** Before authentication (Quarkus's security filters run at order -200 and later). */
    static final int ORDER = -1000;
    /** The longest value of one query parameter; the request line itself is capped at 16 KB. */
    public static final int MAX_QUERY_VALUE = 12_000;
    /**
     * The longest path: the longest real one (a comparison of two long role slugs) is under 200 characters, and
     * matching a 10 KB path against the routes' patterns blocked an event loop for seconds.
     */
    public static final int MAX_PATH = 1_000;

    @Inject
    ErrorPages errors;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        String problem = problem(request.path(), request.query());
        if (problem == null) {
            routing.next();
            return;
        }
        LOG.debugf("Refused a request with %s", problem);
        int status = problem.startsWith("a path longer") ? 414 : 400;
        routing.vertx().executeBlocking(() -> errors.html(routing, status, "This address cannot be read",
                        "The address has characters we do not accept (" + problem + "). Check it and try again."))
                .onComplete(page -> {
                    if (routing.response().ended()) {
                        return;
                    }
                    if (page.failed()) {
                        LOG.warn("Could not render the error page", page.cause());
                    }
                    routing.response().setStatusCode(status).putHeader("Content-Type", "text/html;charset=UTF-8")
                            .putHeader("Cache-Control", "no-store")
                            .end(page.succeeded() ? page.result() : "Bad request");
                });
    }

    /** What is wrong with this raw path and query string, or null when both are fine. */
    static String problem(String rawPath, String rawQuery) {
        if (rawPath != null && rawPath.length() > MAX_PATH) {
            return "a path longer than " + MAX_PATH + " characters";
        }
        String path = rawPath == null ? "" : decode(rawPath, false);
        if (path == null) {
            return "a bad percent-escape or bytes that are not UTF-8 in the path";
        }
        if (!clean(path, false)) {
            return "a control character in the path";
        }
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        for (String pair : rawQuery.split("&", -1)) {
            String text = decode(pair, true);
            if (text == null) {
                return "a bad percent-escape or bytes that are not UTF-8 in the query";
            }
            if (!clean(text, false)) {
                return "a control character in the query";
            }
            if (text.length() > MAX_QUERY_VALUE) {
                return "a query value longer than " + MAX_QUERY_VALUE + " characters";
            }
        }
        return null;
    }

    /**
     * True when {@code text} has no control character and no bidirectional override; tab, CR and LF are allowed
     * only when {@code multiline} (text areas).
     */
    public static boolean clean(String text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (!(multiline && (c == '\t' || c == '\r' || c == '\n'))) {
                    return false;
                }
            } else if (c == 0x7F || (c >= 0x80 && c < 0xA0) || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069) || c == 0xFFFD) {
                // DEL, C1 controls, bidi overrides, and U+FFFD: what a decoder left for bytes that were not UTF-8.
                return false;
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    /** Strict percent-decoding to UTF-8 ({@code +} is a space in a query); null when it is not well-formed. */
    static String decode(String raw, boolean query) {
        if (raw.indexOf('%') < 0 && !(query && raw.indexOf('+') >= 0)) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (query && c == '+') {
                bytes.write(' ');
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
