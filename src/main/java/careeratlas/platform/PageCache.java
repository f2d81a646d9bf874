package careeratlas.platform;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Rendered public pages, kept until the content they show changes ({@link ContentChanges}) or for a few minutes
 * (pages show dates). A visitor without a session gets a kept page straight from the HTTP layer, with the same ETag,
 * Vary and Cache-Control as a freshly rendered one; everyone else, and every miss, goes to the resources.
 *
 * <p>The key is the normalised request: the path and the site's own query parameters ({@code
 * app.page-cache.parameters}) in a fixed order, empty ones dropped. Tracking tags ({@code utm_*}, {@code fbclid},
 * ...) are left out of the key, so they neither make new entries nor change the page; a request with any other
 * parameter is not cached at all, so no crawler can fill the cache with variants.
 */
@ApplicationScoped
public class PageCache {

    static final String NAME = "pages";
    private static final String GENERATION = "page-cache-generation";
    private static final String KEY = "page-cache-key";
    private static final Pattern TRACKING = Pattern.compile("utm_[a-z_]*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|ref");

    record Page(Buffer body, String etag) {
    }

    @Inject
    @CacheName(NAME)
    Cache cache;

    @ConfigProperty(name = "app.page-cache.parameters")
    Set<String> parameters;

    /** Counts clears, so that a page rendered from data read before a clear is not kept after it. */
    private final AtomicLong generation = new AtomicLong();

    void routes(@Observes Router router) {
        router.get().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::serve);
    }

    private void serve(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        Optional<String> key = cacheable(request) ? key(request.path(), request.query(), parameters) : Optional.empty();
        if (key.isEmpty()) {
            routing.next();
            return;
        }
        CompletableFuture<Page> kept = caffeine().getIfPresent(key.get());
        Page page = kept == null ? null : kept.getNow(null);
        if (page == null) {
            routing.put(GENERATION, generation.get());
            routing.put(KEY, key.get());
            routing.next();
            return;
        }
        var response = routing.response().putHeader("Cache-Control", HttpCaching.PUBLIC).putHeader("ETag", page.etag())
                .putHeader("Vary", "Accept-Encoding");
        if (HttpCaching.matches(request.getHeader("If-None-Match"), page.etag())) {
            response.setStatusCode(304).end();
        } else {
            response.putHeader("Content-Type", "text/html;charset=UTF-8");
            StaticAssets.allowCompression(response);
            response.end(page.body());
        }
    }

    /** Keeps a page rendered for {@code routing}'s request, unless the content changed while it was rendered. */
    void keep(RoutingContext routing, byte[] body, String etag) {
        Long renderedIn = routing.get(GENERATION);
        String key = routing.get(KEY);
        if (key != null && renderedIn != null && renderedIn == generation.get()) {
            caffeine().put(key,
                    CompletableFuture.completedFuture(new Page(Buffer.buffer(body), etag)));
        }
    }

    /** Called before caches are dropped: pages being rendered now were read from the old content. */
    void newGeneration() {
        generation.incrementAndGet();
    }

    /** Drops the kept pages whose path matches. */
    void invalidate(Predicate<String> path) {
        for (Object key : List.copyOf(caffeine().keySet())) {
            if (path.test(pathOf((String) key))) {
                cache.invalidate(key).await().indefinitely();
            }
        }
    }

    /** How many pages are kept (for tests and metrics). */
    long size() {
        return caffeine().keySet().size();
    }

    boolean contains(String key) {
        return caffeine().keySet().contains(key);
    }

    /** Pages anyone may see in the same form: not the admin area or tooling, not with a session or flash message. */
    static boolean cacheable(HttpServerRequest request) {
        String path = request.path();
        return !path.startsWith("/admin") && !path.startsWith("/q/")
                && request.getCookie(HttpCaching.SESSION_COOKIE) == null && request.getCookie(Flash.COOKIE) == null;
    }

    /**
     * The cache key of a request: the path, then the known parameters sorted by name with their values in order,
     * empty values dropped, tracking tags ignored; empty when the request must not be cached (an unknown parameter,
     * or a query that cannot be decoded).
     */
    static Optional<String> key(String path, String query, Set<String> known) {
        if (path == null || !path.startsWith("/")) {
            return Optional.empty();
        }
        Map<String, List<String>> params = new TreeMap<>();
        if (query != null && !query.isEmpty()) {
            try {
                for (String pair : query.split("&")) {
                    if (pair.isEmpty()) {
                        continue;
                    }
                    int eq = pair.indexOf('=');
                    String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    if (TRACKING.matcher(name).matches()) {
                        continue;
                    }
                    if (!known.contains(name)) {
                        return Optional.empty();
                    }
                    if (!value.isEmpty()) {
                        params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                    }
                }
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        StringBuilder key = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            for (String v : e.getValue()) {
                key.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        return Optional.of(key.toString());
    }

    private static String pathOf(String key) {
        int q = key.indexOf('?');
        return q < 0 ? key : key.substring(0, q);
    }

    private CaffeineCache caffeine() {
        return cache.as(CaffeineCache.class);
    }
}
