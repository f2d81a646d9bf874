package careeratlas.employers;

import careeratlas.catalog.RoleCatalog;
import careeratlas.jobs.Job;
import careeratlas.jobs.JobForm;
import careeratlas.jobs.JobFormValidation;
import careeratlas.jobs.JobFormView;
import careeratlas.platform.EmailAddresses;
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

/**
 * Employers post jobs themselves ({@code /jobs/post}), confirm their address, and manage their jobs through a
 * signed link ({@code /employers/...}). Abuse protection without JavaScript: a honeypot field, a signed
 * page-load time with a minimum fill time, rate limits per client address and per e-mail.
 */
@Path("/jobs/post")
@Produces(MediaType.TEXT_HTML)
public class EmployerResource {

    static final String FORM_TIME = "post-form-time";
    static final Pattern EMAIL = EmailAddresses.PATTERN;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance postJob(PageMeta meta, JobFormView view, String employerName,
                                               String employerEmail, String started, String action, String token);

        static native TemplateInstance message(PageMeta meta, String heading, List<String> paragraphs);

        static native TemplateInstance manage(PageMeta meta, String email, String token, List<EmployerJob> jobs);

        static native TemplateInstance link(PageMeta meta, boolean sent, String email, String error);
    }

    @Inject
    EmployerPostings postings;

    @Inject
    JobFormValidation validation;

    @Inject
    RoleCatalog catalog;

    @Inject
    Signatures signatures;

    @Inject
    ErrorPages errorPages;

    @Inject
    Clock clock;

    @ConfigProperty(name = "app.employers.min-fill-time", defaultValue = "PT3S")
    Duration minFillTime;

    @GET
    public Response postForm() {
        JobForm form = JobForm.blank(null, LocalDate.now(clock));
        return noStore(page(form, Map.of(), null, "", ""));
    }

    /** Pages with a form token or a private link are never cached, by the site or by anyone in between. */
    static Response noStore(Object entity) {
        return Response.ok(entity).header("Cache-Control", "no-store").build();
    }

    @POST
    public Response post(@BeanParam JobForm form, @RestForm String employerName, @RestForm String employerEmail,
                         @RestForm String website, @RestForm String started, @Context HttpServerRequest request) {
        form.normalized(LocalDate.now(clock));
        form.status = "draft";
        form.featuredUntil = null;
        String name = employerName == null ? "" : employerName.strip();
        String email = employerEmail == null ? "" : employerEmail.strip();
        if (website != null && !website.isBlank()) {
            // A field people cannot see was filled in: a robot. It is told what a person is told; nothing is saved.
            return Response.ok(checkYourMail()).build();
        }
        if (form.isPreview()) {
            return Response.ok(page(form, Map.of(), Markdown.toSafeHtml(form.description), name, email)).build();
        }
        Map<String, String> errors = new LinkedHashMap<>(validation.validate(form));
        if (name.isEmpty() || name.length() > 200) {
            errors.put("employerName", "Enter your name (at most 200 characters).");
        }
        if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            errors.put("employerEmail", "Enter your e-mail address, like hiring@example.com: the confirmation link goes there.");
        }
        Optional<Long> loaded = signatures.verify(FORM_TIME, started, Instant.now(clock))
                .flatMap(EmployerPostings::number);
        if (loaded.isEmpty() || Instant.ofEpochSecond(loaded.get()).plus(minFillTime).isAfter(Instant.now(clock))) {
            errors.put("started", "This form was sent too quickly or is too old. Check the fields and send it again.");
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(page(form, errors, null, name, email)).build();
        }
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        EmployerPostings.Submitted outcome = postings.submit(form, name, email, client);
        if (outcome instanceof EmployerPostings.TooMany) {
            return errorPages.response(429, "Too many jobs posted",
                    "Too many jobs were posted from this address or e-mail in the last hour. Try again later.");
        }
        return Response.ok(checkYourMail()).build();
    }

    private TemplateInstance checkYourMail() {
        return Templates.message(PageMeta.of("Check your e-mail", "Confirm your job posting.", Urls.postJob()).hiddenFromSearch(),
                "Check your e-mail", List.of("We sent you a link to confirm your e-mail address. Your job goes to review "
                        + "once you follow it, and we e-mail you when it is published.",
                        "No e-mail after a few minutes? Look in your spam folder, or post the job again."));
    }

    @GET
    @Path("confirm")
    public Response confirm(@QueryParam("token") String token) {
        Optional<EmployerJob> job = postings.confirm(token);
        if (job.isEmpty()) {
            return errorPages.response(403, "This confirmation link does not work",
                    "The link is incomplete or expired (links are valid for 2 days). Post the job again to get a new one.");
        }
        return noStore(Templates.message(PageMeta.of("Job sent for review", "Your job is in review.", Urls.postJob())
                .hiddenFromSearch(), "Thank you: your job is in review", List.of(
                "\"" + job.get().title() + "\" is now waiting for review. We e-mail you when it is published.",
                "We also sent you a private link to manage your jobs.")));
    }

    private TemplateInstance page(JobForm form, Map<String, String> errors, String preview, String name, String email) {
        String started = signatures.sign(FORM_TIME, Long.toString(Instant.now(clock).getEpochSecond()),
                Instant.now(clock).plus(Duration.ofDays(1)));
        return Templates.postJob(PageMeta.of("Post a job", "Post a job on Career Atlas: free, reviewed before it is published.",
                Urls.postJob()), view(form, errors, preview), name, email, started, Urls.postJob(), null);
    }

    private JobFormView view(JobForm form, Map<String, String> errors, String preview) {
        return new JobFormView(form, null, errors, catalog.roles(), List.of(), preview, List.of(), List.of(), false, List.of());
    }
}
