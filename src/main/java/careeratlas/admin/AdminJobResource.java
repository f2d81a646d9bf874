package careeratlas.admin;

import careeratlas.jobs.JobFormView;
import careeratlas.jobs.JobForm;
import careeratlas.jobs.JobAudit;
import careeratlas.platform.AdminRole;
import careeratlas.jobs.Company;
import careeratlas.jobs.Job;
import careeratlas.jobs.JobTags;
import careeratlas.catalog.RoleCatalog;
import careeratlas.platform.Urls;
import careeratlas.platform.DatabaseUnavailable;
import careeratlas.platform.Flash;
import careeratlas.platform.Markdown;
import careeratlas.platform.PageMeta;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;

/** Posting, editing, featuring, expiring and deleting jobs: {@code /admin/jobs/...}. */
@Path("/admin/jobs")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(AdminRole.NAME)
public class AdminJobResource {

    private static final Logger LOG = Logger.getLogger(AdminJobResource.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance jobForm(PageMeta meta, JobFormView view);

        static native TemplateInstance confirmDelete(PageMeta meta, Job job);
    }

    @Inject
    Validator validator;

    @Inject
    JobEditor editor;

    @Inject
    careeratlas.jobs.JobFormValidation validation;

    @Inject
    RoleCatalog catalog;

    @Inject
    java.time.Clock clock;

    @Inject
    SecurityIdentity identity;

    @Inject
    JobTags jobTags;

    @GET
    @Path("/new")
    public TemplateInstance newJob() {
        return form(JobForm.blank(FormSubmission.newToken(), today()), null, Map.of(), null, List.of());
    }

    @POST
    public Response create(@BeanParam JobForm form) {
        form.normalized(today());
        return unlessDatabaseDown(form, null, () -> {
            if (form.isPreview()) {
                return Response.ok(form(form, null, Map.of(), preview(form), List.of())).build();
            }
            Map<String, String> errors = validate(form);
            if (!errors.isEmpty()) {
                return Response.status(400).entity(form(form, null, errors, null, List.of())).build();
            }
            JobEditor.Outcome outcome = editor.create(form, actor());
            if (outcome instanceof JobEditor.AlreadySaved again) {
                return Flash.redirect(Urls.adminJobEdit(again.jobId()),
                        "This form had already been sent: the job was saved once.");
            }
            return afterSave(((JobEditor.Saved) outcome).job(), "Job posted");
        });
    }

    @GET
    @Path("/{id:[0-9]{1,18}}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        Job job = editor.find(id).orElseThrow(NotFoundException::new);
        return form(JobForm.of(job), id, Map.of(), null, List.of());
    }

    @POST
    @Path("/{id:[0-9]{1,18}}")
    public Response update(@PathParam("id") long id, @BeanParam JobForm form) {
        form.normalized(today());
        return unlessDatabaseDown(form, id, () -> {
            if (form.isPreview()) {
                return Response.ok(form(form, id, Map.of(), preview(form), List.of())).build();
            }
            Map<String, String> errors = validate(form);
            if (!errors.isEmpty()) {
                return Response.status(400).entity(form(form, id, errors, null, List.of())).build();
            }
            JobEditor.Outcome outcome = editor.update(id, form, actor()).orElseThrow(NotFoundException::new);
            if (outcome instanceof JobEditor.Conflict conflict) {
                JobForm saved = JobForm.of(conflict.current());
                List<JobFormView.Difference> differences = JobFormView.FIELDS.stream()
                        .filter(f -> !java.util.Objects.equals(JobEditor.value(saved, f), JobEditor.value(form, f)))
                        .map(f -> new JobFormView.Difference(f, JobEditor.value(saved, f), JobEditor.value(form, f)))
                        .toList();
                form.version = saved.version;
                return Response.status(409).entity(form(form, id, Map.of(), null, differences)).build();
            }
            return afterSave(((JobEditor.Saved) outcome).job(), "Job saved");
        });
    }

    /**
     * Runs a save; when PostgreSQL cannot be reached, answers 503 with the form as it was sent and a message
     * instead, so that nothing typed is lost and the admin can send it again later.
     */
    private Response unlessDatabaseDown(JobForm form, Long id, Supplier<Response> save) {
        try {
            return save.get();
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            LOG.warnf("Job form not saved, database unavailable: %s", e.getMessage());
            List<JobFormView.TagChoice> kept = form.tags.stream().map(JobTags.Tag::parse)
                    .filter(java.util.Objects::nonNull)
                    .map(t -> new JobFormView.TagChoice(t.value(), t.slug(), t.skill(), true, false)).toList();
            form.tagsShown = "true";
            JobFormView view = new JobFormView(form, id, Map.of(), orNone(catalog::roles), List.of(), null,
                    List.of(), List.of(), true, kept);
            return Response.status(503).header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .entity(page(view)).build();
        }
    }

    /** What the database gave, or nothing while it cannot be reached (the roles usually come from the cache). */
    private static <T> List<T> orNone(Supplier<List<T>> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                return List.of();
            }
            throw e;
        }
    }

    @POST
    @Path("/{id:[0-9]{1,18}}/feature")
    public Response feature(@PathParam("id") long id, @RestForm String until) {
        LocalDate date = JobForm.date(until);
        if (date == null || date.isBefore(today())) {
            date = today().plusDays(30);
        }
        editor.feature(id, date, actor()).orElseThrow(NotFoundException::new);
        return Flash.redirect(Urls.admin(), "Job featured until " + date);
    }

    @POST
    @Path("/{id:[0-9]{1,18}}/unfeature")
    public Response unfeature(@PathParam("id") long id) {
        editor.feature(id, null, actor()).orElseThrow(NotFoundException::new);
        return Flash.redirect(Urls.admin(), "Job no longer featured");
    }

    @POST
    @Path("/{id:[0-9]{1,18}}/expire")
    public Response expire(@PathParam("id") long id) {
        editor.expire(id, actor()).orElseThrow(NotFoundException::new);
        return Flash.redirect(Urls.admin(), "Job expired");
    }

    @GET
    @Path("/{id:[0-9]{1,18}}/delete")
    public TemplateInstance confirmDelete(@PathParam("id") long id) {
        Job job = Job.findWithCompany(id).orElseThrow(NotFoundException::new);
        return Templates.confirmDelete(PageMeta.of("Delete " + job.title, "Confirm deleting a job.",
                "/admin/jobs/" + id + "/delete").hiddenFromSearch(), job);
    }

    @POST
    @Path("/{id:[0-9]{1,18}}/delete")
    public Response delete(@PathParam("id") long id) {
        if (!editor.delete(id, actor())) {
            throw new NotFoundException();
        }
        return Flash.redirect(Urls.admin(), "Job deleted");
    }

    private Response afterSave(Job job, String message) {
        if (job.status == Job.Status.DRAFT) {
            return Flash.redirect(Urls.adminJobEdit(job.id), "Draft saved");
        }
        return Flash.redirect(Urls.job(job.id, job.title, job.company.name), message);
    }

    Map<String, String> validate(JobForm form) {
        return validation.validate(form);
    }

    /** The preview of the description, rendered only when it is within the form's limit (checked first). */
    private static String preview(JobForm form) {
        if (form.description != null && form.description.length() > JobForm.MAX_DESCRIPTION) {
            return null;
        }
        return Markdown.toSafeHtml(form.description);
    }

    private TemplateInstance form(JobForm form, Long id, Map<String, String> errors, String preview,
                                  List<JobFormView.Difference> conflict) {
        return page(new JobFormView(form, id, errors, catalog.roles(), editor.companyNames(), preview, conflict,
                id == null ? List.of() : editor.history(id), false, tagChoices(form, id, errors)));
    }

    /**
     * The tag boxes: for a form that showed them already, what it ticked, plus what its text names that it did not
     * offer, plus what was typed to add (when all of that was understood); otherwise the saved job's tags (ticked)
     * and what its text names (offered), or for a new job what its text names (ticked). From now on the form
     * shows the boxes.
     */
    private List<JobFormView.TagChoice> tagChoices(JobForm form, Long id, Map<String, String> errors) {
        List<JobTags.Tag> found = jobTags.foundIn(form.taggedText());
        Set<String> foundValues = found.stream().map(JobTags.Tag::value).collect(Collectors.toSet());
        List<JobTags.Tag> checked;
        if (form.showedTags()) {
            checked = new ArrayList<>(jobTags.named(form.tagsTicked()));
            Set<String> offered = form.offered();
            found.stream().filter(t -> !offered.contains(t.value())).forEach(checked::add);
            if (!errors.containsKey("addTags")) {
                checked.addAll(jobTags.resolve(form.addTags).tags());
                form.addTags = null;
            }
        } else {
            checked = id == null ? found : editor.tagsOf(id);
        }
        Set<String> checkedValues = checked.stream().map(JobTags.Tag::value).collect(Collectors.toSet());
        List<JobTags.Tag> shown = new ArrayList<>(checked);
        shown.addAll(found);
        form.tagsShown = "true";
        return jobTags.named(shown.stream().map(t -> new JobTags.Tag(t.kind(), t.slug(), null)).toList()).stream()
                .map(t -> new JobFormView.TagChoice(t.value(), t.name(), t.skill(), checkedValues.contains(t.value()),
                        foundValues.contains(t.value())))
                .toList();
    }

    private static TemplateInstance page(JobFormView view) {
        String title = view.isNew() ? "Post a job" : "Edit job";
        return Templates.jobForm(PageMeta.of(title, title + " on Career Atlas.", view.action()).hiddenFromSearch(), view);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String actor() {
        return AdminRole.username(identity);
    }
}
