package careeratlas.employers;

import careeratlas.catalog.RoleCatalog;
import careeratlas.jobs.Job;
import careeratlas.jobs.JobForm;
import careeratlas.jobs.JobFormValidation;
import careeratlas.jobs.JobFormView;
import careeratlas.platform.ErrorPages;
import careeratlas.platform.Flash;
import careeratlas.platform.Markdown;
import careeratlas.platform.PageMeta;
import careeratlas.platform.Signatures;
import careeratlas.platform.Urls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The employer's own jobs through the signed management link: {@code /employers/...}. */
@Path("/employers")
@Produces(MediaType.TEXT_HTML)
public class EmployerManageResource {

    static final Pattern EMAIL = EmployerResource.EMAIL;

    @Inject
    EmployerPostings postings;

    @Inject
    JobFormValidation validation;

    @Inject
    RoleCatalog catalog;

    @Inject
    ErrorPages errorPages;

    @Inject
    Clock clock;

    @GET
    @Path("manage")
    public Response manage(@QueryParam("token") String token) {
        Optional<String> email = postings.manageEmail(token);
        if (email.isEmpty()) {
            return badLink();
        }
        return EmployerResource.noStore(EmployerResource.Templates.manage(PageMeta.of("Your jobs", "Manage the jobs you posted.", Urls.employerLink())
                .hiddenFromSearch(), email.get(), token, postings.jobsOf(email.get())));
    }

    private Response badLink() {
        return errorPages.response(403, "This link does not work",
                "The management link is incomplete or has expired. Ask for a new one at " + Urls.absolute(Urls.employerLink()) + ".");
    }

    @GET
    @Path("jobs/{id:[0-9]{1,18}}/edit")
    public Response editForm(@PathParam("id") long id, @QueryParam("token") String token) {
        Optional<String> email = postings.manageEmail(token);
        if (email.isEmpty()) {
            return badLink();
        }
        if (postings.owned(email.get(), id).isEmpty()) {
            return errorPages.response(404, "Job not found", "There is no such job among yours.");
        }
        Job job = Job.findWithCompany(id).orElseThrow();
        return EmployerResource.noStore(editPage(JobForm.of(job), id, token, Map.of(), null));
    }

    @POST
    @Path("jobs/{id:[0-9]{1,18}}/edit")
    public Response edit(@PathParam("id") long id, @RestForm String token, @BeanParam JobForm form) {
        Optional<String> email = postings.manageEmail(token);
        if (email.isEmpty()) {
            return badLink();
        }
        form.normalized(LocalDate.now(clock));
        form.status = "draft";
        form.featuredUntil = null;
        if (form.isPreview()) {
            return Response.ok(editPage(form, id, token, Map.of(), Markdown.toSafeHtml(form.description))).build();
        }
        Map<String, String> errors = validation.validate(form);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(editPage(form, id, token, errors, null)).build();
        }
        if (!postings.edit(email.get(), id, form)) {
            return errorPages.response(404, "Job not found", "There is no such job among yours.");
        }
        return Flash.redirect(Urls.employerManage(token), "Job saved: it is back in review");
    }

    @POST
    @Path("jobs/{id:[0-9]{1,18}}/{action:close|renew|feature}")
    public Response act(@PathParam("id") long id, @PathParam("action") String action, @RestForm String token) {
        Optional<String> email = postings.manageEmail(token);
        if (email.isEmpty()) {
            return badLink();
        }
        String message = switch (action) {
            case "close" -> postings.close(email.get(), id) ? "Job closed" : null;
            case "renew" -> postings.renew(email.get(), id).map(d -> "Job renewed until " + d).orElse(null);
            default -> postings.requestFeature(email.get(), id) ? "Featuring requested: we will be in touch" : null;
        };
        if (message == null) {
            return errorPages.response(409, "Not possible for this job",
                    "This job cannot be changed that way now (only published jobs can be renewed or featured).");
        }
        return Flash.redirect(Urls.employerManage(token), message);
    }

    @GET
    @Path("link")
    public Response linkForm() {
        return EmployerResource.noStore(linkPage(false, "", null));
    }

    @POST
    @Path("link")
    public Response sendLink(@RestForm String email) {
        String address = email == null ? "" : email.strip();
        if (!EMAIL.matcher(address).matches() || address.length() > 254) {
            return Response.status(400).entity(linkPage(false, address, "Enter the e-mail address you posted your jobs with.")).build();
        }
        postings.resendLink(address);
        return Response.ok(linkPage(true, address, null)).build();
    }

    private TemplateInstance linkPage(boolean sent, String email, String error) {
        return EmployerResource.Templates.link(PageMeta.of("Manage your jobs", "Get a link to manage the jobs you posted.", Urls.employerLink()),
                sent, email, error);
    }

    private TemplateInstance editPage(JobForm form, long id, String token, Map<String, String> errors, String preview) {
        return EmployerResource.Templates.postJob(PageMeta.of("Edit your job", "Edit a job you posted.", Urls.employerLink()).hiddenFromSearch(),
                new JobFormView(form, null, errors, catalog.roles(), List.of(), preview, List.of(), List.of(), false, List.of()),
                "", "", "", Urls.employerJob(id, "edit"), token);
    }
}
