package careeratlas.platform;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.RawString;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Error pages in the site's layout, with a way back and the sidebar; never a stack trace. */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(PageMeta meta, int status, String heading, String message,
                                             RawString aside);
    }

    @Inject
    Instance<ErrorAside> asides;

    @Inject
    Instance<io.quarkus.vertx.http.runtime.CurrentVertxRequest> currentRequest;

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, "Page not found",
                "We could not find that page. The role or comparison may have moved, or the address has a typo.");
    }

    @ServerExceptionMapper
    public Response gone(GoneException e) {
        return page(410, "No longer available", e.getMessage());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        return page(status, e.getResponse().getStatusInfo().getReasonPhrase(),
                status < 500 ? "The request could not be handled as sent." : "Something went wrong on our side.");
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return page(403, "Not allowed", "Your account may not open this page.");
    }

    @ServerExceptionMapper
    public Response signInNeeded(io.quarkus.security.UnauthorizedException e) {
        return Response.seeOther(java.net.URI.create("/admin/login")).build();
    }

    /** Two saves of the same job at the same instant: the second is refused, nothing is overwritten. */
    @ServerExceptionMapper
    public Response concurrentSave(jakarta.persistence.OptimisticLockException e) {
        return page(409, "Saved by someone else at the same moment",
                "Someone else saved this job at the same moment, so your change was not saved. Open the job again to see their version.");
    }

    /** Overload: the request is refused at once rather than queued; the client may try again shortly. */
    @ServerExceptionMapper
    public Response busy(ServiceBusyException e) {
        LOG.warnf("Refused a request under load: %s", e.getMessage());
        Response page = page(503, "Busy for a moment",
                "Career Atlas has more requests than it can answer just now. Please try again in a few seconds.");
        return Response.fromResponse(page).header("Retry-After", 5).build();
    }

    /**
     * A form body with a bad percent-escape ({@code title=%zz}) fails in RESTEasy's form parser, before any filter
     * could look at it: that is the client's mistake, 400. Any other IllegalArgumentException is ours.
     */
    @ServerExceptionMapper
    public Response badArgument(IllegalArgumentException e) {
        boolean fromFormParser = java.util.Arrays.stream(e.getStackTrace()).limit(6)
                .anyMatch(f -> f.getClassName().startsWith("org.jboss.resteasy.reactive.common.util.URLUtils"));
        if (!fromFormParser) {
            return unexpected(e);
        }
        return page(400, "This form cannot be read",
                "The form was sent with characters that are not valid in a form (a bad percent-escape), so nothing was changed.");
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (DatabaseUnavailable.causedBy(e)) {
            return databaseUnavailable(e);
        }
        LOG.error("Unhandled error", e);
        return page(500, "Something went wrong", "Something went wrong on our side. Please try again in a moment.");
    }

    /** PostgreSQL cannot be reached: a page that says so, and when to try again; pages kept in the cache still show. */
    Response databaseUnavailable(Exception e) {
        LOG.warnf("Database unavailable: %s", e.getMessage());
        Response page = page(503, "We will be back in a moment",
                "Career Atlas cannot reach its database just now, so this page cannot be shown. Nothing is lost: "
                        + "please try again in a minute.");
        return Response.fromResponse(page).header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
    }

    /** An error page in the site's layout, for code outside the exception mappers (filters). */
    public Response response(int status, String heading, String message) {
        return page(status, heading, message);
    }

    /**
     * The error page as HTML, for code outside JAX-RS (Vert.x routes, on a worker thread): with a request context
     * of its own, so that the aside can read the database.
     */
    @jakarta.enterprise.context.control.ActivateRequestContext
    public String html(io.vertx.ext.web.RoutingContext routing, int status, String heading, String message) {
        currentRequest.get().setCurrent(routing);
        return Templates.error(new PageMeta(heading, message, "/", true), status, heading, message, aside()).render();
    }

    Response page(int status, String heading, String message) {
        PageMeta meta = new PageMeta(heading, message, "/", true);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(meta, status, heading, message, aside()).render()).build();
    }

    /** The featured jobs beside the message, or nothing when no feature gives them or the database cannot. */
    private RawString aside() {
        return asides.isResolvable() ? asides.get().html().map(RawString::new).orElse(null) : null;
    }
}
