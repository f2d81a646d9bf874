package careeratlas.admin;

import careeratlas.platform.Csrf;
import careeratlas.platform.CsrfKey;
import careeratlas.platform.ErrorPages;
import careeratlas.platform.Urls;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Locale;

/**
 * Guards the sign-in POST before the authentication mechanism reads it (so before any password check): the request
 * must come from this site ({@code Sec-Fetch-Site} same-origin or none, and an {@code Origin}, when sent, that is
 * this site's) and carry the anonymous CSRF token of the browser's cookie in its address. Anything else is a
 * 403 in the site's layout: another site cannot sign a visitor in, or make a browser try passwords.
 */
@ApplicationScoped
public class SignInFormGuard {

    private static final Logger LOG = Logger.getLogger(SignInFormGuard.class);
    /** After the address checks of platform.InputHygiene (-1000), before Quarkus's security handlers (-200). */
    static final int ORDER = -900;

    @Inject
    CsrfKey key;

    @Inject
    ErrorPages errors;

    @Inject
    SignInBlocks blocks;

    @Inject
    SignInErrors answers;

    @ConfigProperty(name = "app.base-url")
    String baseUrl;

    void install(@Observes Router router) {
        router.route(HttpMethod.POST, Urls.adminLogin()).order(ORDER).handler(this::check);
    }

    private void check(RoutingContext routing) {
        String problem = problem(routing);
        if (problem == null) {
            // A client this replica knows to be backing off gets its 429 at once, without touching PostgreSQL.
            var address = routing.request().remoteAddress();
            var wait = blocks.waitFor(address == null ? null : address.hostAddress());
            if (wait.isPresent()) {
                answers.throttled(routing, wait.get());
            } else {
                routing.next();
            }
            return;
        }
        LOG.infof("Refused a sign-in POST: %s", problem);
        routing.vertx().executeBlocking(() -> errors.html(routing, 403, "This form has expired",
                "The sign-in form was sent without a valid security token or from another site, so it was not checked. "
                        + "Reload the sign-in page and try again.")).onComplete(page -> {
            if (!routing.response().ended()) {
                routing.response().setStatusCode(403).putHeader("Content-Type", "text/html;charset=UTF-8")
                        .putHeader("Cache-Control", "no-store").end(page.succeeded() ? page.result() : "Forbidden");
            }
        });
    }

    private String problem(RoutingContext routing) {
        String site = routing.request().getHeader("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            return "Sec-Fetch-Site " + site;
        }
        String origin = routing.request().getHeader("Origin");
        if (origin != null && !sameSite(origin, routing)) {
            return "Origin " + origin;
        }
        Cookie cookie = routing.request().getCookie(key.cookieName());
        String token = routing.request().getParam(Csrf.FIELD);
        if (!key.matches(cookie == null ? null : cookie.getValue(), CsrfKey.binding(null), token)) {
            return "no valid anonymous CSRF token";
        }
        return null;
    }

    /** The Origin is this site's public address, or the host the request was sent to. */
    private boolean sameSite(String origin, RoutingContext routing) {
        try {
            URI o = URI.create(origin);
            if (o.getHost() == null) {
                return false;
            }
            String authority = o.getRawAuthority().toLowerCase(Locale.ROOT);
            URI base = URI.create(baseUrl);
            if (base.getRawAuthority() != null && authority.equals(base.getRawAuthority().toLowerCase(Locale.ROOT))) {
                return true;
            }
            return routing.request().authority() != null
                    && authority.equals(routing.request().authority().toString().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
