package careeratlas.admin;

import careeratlas.employers.EmployerJob;
import careeratlas.employers.EmployerPostings;
import careeratlas.platform.AdminRole;
import careeratlas.platform.ErrorPages;
import careeratlas.platform.Flash;
import careeratlas.platform.PageMeta;
import careeratlas.platform.Urls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/** The moderation queue ({@code /admin/moderation}): employers' jobs waiting for review, and featuring requests. */
@Path("/admin/moderation")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(AdminRole.NAME)
public class AdminModerationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(PageMeta meta, List<EmployerJob> jobs);
    }

    @Inject
    EmployerPostings postings;

    @Inject
    SecurityIdentity identity;

    @Inject
    ErrorPages errorPages;

    @GET
    public TemplateInstance queue() {
        return Templates.queue(PageMeta.of("Moderation", "Jobs posted by employers, waiting for review.",
                Urls.adminModeration()).hiddenFromSearch(), postings.queue());
    }

    @POST
    @Path("/{id:[0-9]{1,18}}/approve")
    public Response approve(@PathParam("id") long id) {
        if (!postings.approve(id, identity.getPrincipal().getName())) {
            throw new NotFoundException();
        }
        return Flash.redirect(Urls.adminModeration(), "Job approved and published; the employer was told");
    }

    @POST
    @Path("/{id:[0-9]{1,18}}/reject")
    public Response reject(@PathParam("id") long id, @RestForm String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 2000) {
            return errorPages.response(400, "Give a reason", "Say in up to 2,000 characters why the job is rejected: the employer receives it.");
        }
        if (!postings.reject(id, why, identity.getPrincipal().getName())) {
            throw new NotFoundException();
        }
        return Flash.redirect(Urls.adminModeration(), "Job rejected; the employer was told why");
    }

    @POST
    @Path("/{id:[0-9]{1,18}}/feature-done")
    public Response featureDone(@PathParam("id") long id) {
        postings.featureRequestHandled(id);
        return Flash.redirect(Urls.adminModeration(), "Featuring request closed");
    }
}
