package careeratlas.platform;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Set;

/**
 * Request bodies are small everywhere ({@code app.limits.max-body-size}, 1 MiB: the largest form, a job with a
 * 20,000-character description, is far below it) except on the survey import, which takes up to
 * {@code quarkus.http.limits.max-body-size} (64 MB). A larger declared body is answered 413 in the site's layout
 * before it is read; a body without a declared length is refused with 411 outside the import.
 */
@ApplicationScoped
public class BodyLimits {

    private static final Logger LOG = Logger.getLogger(BodyLimits.class);
    /** The routes that take large bodies. */
    static final Set<String> LARGE = Set.of("/admin/salaries/import");

    @Inject
    ErrorPages errors;

    @ConfigProperty(name = "app.limits.max-body-size", defaultValue = "1048576")
    long maxBody;

    void install(@Observes Router router) {
        router.route().order(InputHygiene.ORDER - 10).handler(this::check);
    }

    private void check(RoutingContext routing) {
        HttpMethod method = routing.request().method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS
                || LARGE.contains(routing.request().path())) {
            routing.next();
            return;
        }
        String declared = routing.request().getHeader("Content-Length");
        boolean chunked = declared == null && routing.request().getHeader("Transfer-Encoding") != null;
        long length;
        try {
            length = declared == null ? 0 : Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            length = Long.MAX_VALUE;
        }
        if (!chunked && length <= maxBody) {
            routing.next();
            return;
        }
        int status = chunked ? 411 : 413;
        LOG.debugf("Refused a %s body on %s", chunked ? "chunked" : declared + "-byte", routing.request().path());
        routing.vertx().executeBlocking(() -> errors.html(routing, status, status == 413 ? "This is too large to send" : "Length required",
                        status == 413 ? "The form or file is larger than this page accepts, so nothing was read or changed."
                                : "The request did not say how long its body is, so nothing was read or changed."))
                .onComplete(page -> {
                    if (!routing.response().ended()) {
                        routing.response().setStatusCode(status).putHeader("Content-Type", "text/html;charset=UTF-8")
                                .putHeader("Cache-Control", "no-store").putHeader("Connection", "close")
                                .end(page.succeeded() ? page.result() : "Too large");
                    }
                });
    }
}
