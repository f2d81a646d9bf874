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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
                || request.getUriInfo().getPath().startsWith("/admin") || !isHtml(response)) {
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
        boolean personal = !PageCache.cacheable(routing.request());
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, personal ? PRIVATE : PUBLIC);
        if (personal) {
            return;
        }
        String etag = "\"" + hash(html) + "\"";
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        pages.keep(routing, html, etag);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    /** Whether an If-None-Match header names this ETag (weakly or strongly). */
    static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.contains("W/" + etag));
    }

    private static boolean isHtml(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        return response.getEntity() instanceof TemplateInstance
                || (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE));
    }

    static String hash(String html) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
