package careeratlas.platform;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.util.Set;

/**
 * Refuses every state-changing request (POST, PUT, PATCH, DELETE) that does not carry this browser's CSRF token,
 * in the form field {@code csrf-token} or the {@code X-CSRF-TOKEN} header, made for this session: 403, and
 * nothing changes. A route marked {@link CsrfExempt} (its signed link is the authority) is let through.
 */
public class CsrfFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CsrfKey key;

    @Inject
    ErrorPages errors;

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @ServerRequestFilter
    @WithFormRead
    public Response verify(ResteasyReactiveContainerRequestContext request, RoutingContext routing, ResourceInfo resource) {
        if (SAFE.contains(request.getMethod())) {
            return null;
        }
        if (resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(CsrfExempt.class)) {
            return null;
        }
        Cookie cookie = routing.request().getCookie(key.cookieName());
        String token = request.getHeaderString(Csrf.HEADER);
        if (token == null) {
            token = formToken(request);
        }
        if (key.matches(cookie == null ? null : cookie.getValue(), CsrfKey.binding(identity), token)) {
            return null;
        }
        return errors.response(403, "This form has expired",
                "The form was sent without a valid security token, so nothing was changed. Go back, reload the page and send it again.");
    }

    private static String formToken(ResteasyReactiveContainerRequestContext request) {
        if (!(request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context)) {
            return null;
        }
        Object value = context.getFormParameter(Csrf.FIELD, true, false);
        if (value instanceof FormValue formValue) {
            return formValue.isFileItem() ? null : formValue.getValue();
        }
        return value instanceof String s ? s : null;
    }
}
