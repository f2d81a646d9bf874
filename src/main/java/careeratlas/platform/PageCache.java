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

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered public pages, kept until the content changes ({@link ContentChanges}) or for a few minutes (pages show
 * dates). A visitor without a session gets a kept page straight from the HTTP layer, with the same ETag and
 * Cache-Control as a freshly rendered one; everyone else, and every miss, goes to the resources.
 */
@ApplicationScoped
public class PageCache {

    static final String NAME = "pages";
    private static final String GENERATION = "page-cache-generation";

    record Page(Buffer body, String etag) {
    }

    @Inject
    @CacheName(NAME)
    Cache cache;

    /** Counts clears, so that a page rendered from data read before a clear is not kept after it. */
    private final AtomicLong generation = new AtomicLong();

    void routes(@Observes Router router) {
        router.get().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::serve);
    }

    private void serve(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        if (!cacheable(request)) {
            routing.next();
            return;
        }
        CompletableFuture<Page> kept = caffeine().getIfPresent(request.uri());
        Page page = kept == null ? null : kept.getNow(null);
        if (page == null) {
            routing.put(GENERATION, generation.get());
            routing.next();
            return;
        }
        var response = routing.response().putHeader("Cache-Control", HttpCaching.PUBLIC).putHeader("ETag", page.etag());
        if (HttpCaching.matches(request.getHeader("If-None-Match"), page.etag())) {
            response.setStatusCode(304).end();
        } else {
            response.putHeader("Content-Type", "text/html;charset=UTF-8");
            StaticAssets.allowCompression(response);
            response.end(page.body());
        }
    }

    /** Keeps a page rendered for {@code routing}'s request, unless the content changed while it was rendered. */
    void keep(RoutingContext routing, String html, String etag) {
        Long renderedIn = routing.get(GENERATION);
        if (renderedIn != null && renderedIn == generation.get()) {
            caffeine().put(routing.request().uri(),
                    CompletableFuture.completedFuture(new Page(Buffer.buffer(html.getBytes(StandardCharsets.UTF_8)), etag)));
        }
    }

    /** Called before the caches are dropped: pages being rendered now were read from the old content. */
    void newGeneration() {
        generation.incrementAndGet();
    }

    /** Pages anyone may see in the same form: not the admin area or tooling, not with a session or flash message. */
    static boolean cacheable(HttpServerRequest request) {
        String path = request.path();
        return !path.startsWith("/admin") && !path.startsWith("/q/")
                && request.getCookie(HttpCaching.SESSION_COOKIE) == null && request.getCookie(Flash.COOKIE) == null;
    }

    private CaffeineCache caffeine() {
        return cache.as(CaffeineCache.class);
    }
}
