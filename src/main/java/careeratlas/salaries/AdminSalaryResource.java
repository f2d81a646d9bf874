package careeratlas.salaries;

import careeratlas.admin.AdminUser;
import careeratlas.web.ContentChanges;
import careeratlas.web.Flash;
import careeratlas.web.PageMeta;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Salary survey imports: {@code /admin/salaries/import} takes a file upload (multipart, field {@code file}) or
 * a {@code text/csv} body (automation; CSRF token in the X-CSRF-TOKEN header), and shows each import's progress
 * and summary. {@code ?wait=true} returns only when the import is done.
 */
@Path("/admin/salaries")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(AdminUser.ROLE)
public class AdminSalaryResource {

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance salaryImport(PageMeta meta, List<SalaryImport> imports);

        static native TemplateInstance aliases(PageMeta meta, List<RoleAlias> aliases, List<careeratlas.roles.Role> roles,
                                               List<TitleCount> unmapped, String error);

        static native TemplateInstance salaryImportStatus(PageMeta meta, SalaryImport run, SalaryImporter.Progress progress,
                                                          List<SalaryStats.Group> coverage, List<TitleCount> unmapped);
    }

    @Inject
    SalaryImporter importer;

    @Inject
    Event<ContentChanges.Changed> changed;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/import")
    public TemplateInstance form() {
        return Templates.salaryImport(PageMeta.of("Import salary survey", "Import a salary survey file.",
                "/admin/salaries/import").hiddenFromSearch(), SalaryImport.newest(10));
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file, @QueryParam("wait") String wait) throws IOException {
        if (file == null || file.uploadedFile() == null) {
            return Response.status(400).entity(form()).build();
        }
        java.nio.file.Path copy = Files.createTempFile("salary-import-", ".csv");
        Files.copy(file.uploadedFile(), copy, StandardCopyOption.REPLACE_EXISTING);
        return started(copy, wait);
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response post(InputStream body, @QueryParam("wait") String wait) throws IOException {
        java.nio.file.Path copy = Files.createTempFile("salary-import-", ".csv");
        try (InputStream in = body) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return started(copy, wait);
    }

    @GET
    @Path("/import/{id:[0-9]{1,18}}")
    public TemplateInstance status(@PathParam("id") long id) {
        SalaryImport run = SalaryImport.<SalaryImport>findByIdOptional(id).orElseThrow(NotFoundException::new);
        boolean done = run.status == SalaryImport.Status.DONE;
        return Templates.salaryImportStatus(PageMeta.of("Salary import " + id, "A salary survey import.",
                "/admin/salaries/import/" + id).hiddenFromSearch(), run, importer.progress(id),
                done ? SalaryStats.byRole() : List.of(), done ? unmapped() : List.of());
    }

    @GET
    @Path("/aliases")
    public TemplateInstance aliases() {
        return aliasesPage(null);
    }

    /** Adds a title to a role; the survey answers with that title count for the role at once. */
    @POST
    @Path("/aliases")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response addAlias(@RestForm String title, @RestForm String role) {
        String t = title == null ? "" : title.strip();
        Optional<careeratlas.roles.Role> r = role == null ? Optional.empty() : careeratlas.roles.Role.findBySlug(role);
        if (t.isEmpty() || t.length() > 200 || r.isEmpty()) {
            return Response.status(400).entity(aliasesPage("Give a survey title (up to 200 characters) and choose a role.")).build();
        }
        if (RoleAlias.findByTitle(t).isPresent()) {
            return Response.status(400).entity(aliasesPage("The title \"" + t + "\" already counts for a role; remove it there first.")).build();
        }
        RoleAlias alias = new RoleAlias();
        alias.title = t;
        alias.role = r.get();
        alias.persist();
        int answers = RoleAlias.remap(t, r.get().id);
        changed.fire(new ContentChanges.Changed("role_alias"));
        return Flash.redirect("/admin/salaries/aliases", "\"" + t + "\" now counts for " + r.get().name + " (" + answers + " answers)");
    }

    @POST
    @Path("/aliases/{id:[0-9]{1,18}}/delete")
    @Transactional
    public Response removeAlias(@PathParam("id") long id) {
        RoleAlias alias = RoleAlias.<RoleAlias>findByIdOptional(id).orElseThrow(NotFoundException::new);
        RoleAlias.remap(alias.title, null);
        alias.delete();
        changed.fire(new ContentChanges.Changed("role_alias"));
        return Flash.redirect("/admin/salaries/aliases", "\"" + alias.title + "\" no longer counts for a role");
    }

    private TemplateInstance aliasesPage(String error) {
        return Templates.aliases(PageMeta.of("Survey titles", "Which survey job titles count for which role.",
                "/admin/salaries/aliases").hiddenFromSearch(), RoleAlias.listWithRoles(), careeratlas.roles.Role.listByFamily(),
                unmapped(), error);
    }

    private Response started(java.nio.file.Path file, String wait) {
        String actor = identity.getPrincipal().getName();
        long id = "true".equals(wait) ? importer.runNow(file, actor) : importer.start(file, actor);
        return Response.seeOther(URI.create("/admin/salaries/import/" + id)).build();
    }

    /** A survey title and how many answers carry it. */
    public record TitleCount(String title, long count) {
    }

    /** Survey titles that count for no role, most frequent first. */
    @SuppressWarnings("unchecked")
    static List<TitleCount> unmapped() {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                "select job_title, count(*) from salary_report where role_id is null group by job_title order by count(*) desc, job_title limit 50")
                .getResultList();
        return rows.stream().map(r -> new TitleCount((String) r[0], ((Number) r[1]).longValue())).toList();
    }
}
