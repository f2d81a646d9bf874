package careeratlas.platform;

import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.nio.charset.StandardCharsets;


/**
 * HTTP caching of public pages: an ETag of the rendered page with 304 answers, and a Cache-Control fit for a
 * CDN in front (short max-age, stale-while-revalidate). Admin pages and anything seen with a session or a
 * flash message stay private.
 */
public class HttpCaching {

    static final String PUBLIC = "public, max-age=60, stale-while-revalidate=300";
    static final String PRIVATE = "private, no-cache";
    static final String SESSION_COOKIE = "career-atlas-session";

    @Inject
    PageCache pages;

    @ServerResponseFilter(priority = Priorities.USER - 100)
    public void cache(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200
                || request.getUriInfo().getPath().startsWith("/admin") || !isHtml(response)
                || response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            // A resource that set its own Cache-Control (a page with a form or a private link) keeps it.
            return;
        }
        String html;
        if (response.getEntity() instanceof TemplateInstance page) {
            html = page.render();
            response.setEntity(html, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        } else if (response.getEntity() instanceof String rendered) {
            html = rendered;
        } else {
            return;
        }
        // The body is sent gzip-compressed or not, depending on the request's Accept-Encoding.
        response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        boolean personal = !PageCache.cacheable(routing.request());
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, personal ? PRIVATE : PUBLIC);
        if (personal) {
            return;
        }
        byte[] body = html.getBytes(StandardCharsets.UTF_8); // encoded once, for the tag and the page cache
        String etag = etag(body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        pages.keep(routing, body, etag);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    /**
     * A weak validator of the page's content: the same page is sent gzip-compressed or not, so the tag promises the
     * same content, not the same bytes (RFC 9110, 8.8.1).
     */
    static String etag(byte[] body) {
        return "W/\"" + Hashes.sha256Hex(body, 12) + "\"";
    }

    /**
     * Whether an If-None-Match header matches this ETag, per RFC 9110 13.1.2: {@code *} matches any current page;
     * otherwise the header is a list of entity tags compared weakly (the {@code W/} prefix is ignored).
     */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        if (ifNoneMatch.strip().equals("*")) {
            return true;
        }
        String opaque = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            if (opaque.equals(opaque(candidate.strip()))) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static boolean isHtml(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        return response.getEntity() instanceof TemplateInstance
                || (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE));
    }
}
