package careeratlas.salaries;

import careeratlas.platform.AdminRole;
import careeratlas.catalog.RoleCatalog;
import careeratlas.catalog.RoleSummary;
import careeratlas.platform.Urls;
import careeratlas.platform.Flash;
import careeratlas.platform.PageMeta;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

/**
 * Salary survey imports: {@code /admin/salaries/import} takes a file upload (multipart, field {@code file}) or
 * a {@code text/csv} body (automation; CSRF token in the X-CSRF-TOKEN header), and shows each import's progress
 * and summary. {@code ?wait=true} returns only when the import is done.
 */
@Path("/admin/salaries")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(AdminRole.NAME)
public class AdminSalaryResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance salaryImport(PageMeta meta, List<SalaryImport> imports);

        static native TemplateInstance aliases(PageMeta meta, List<RoleAlias> aliases, List<RoleSummary> roles,
                                               List<SurveyTitles.TitleCount> unmapped, String error);

        static native TemplateInstance salaryImportStatus(PageMeta meta, SalaryImport run, SalaryImporter.Progress progress,
                                                          List<SalaryQueries.Group> coverage, List<SurveyTitles.TitleCount> unmapped);
    }

    @Inject
    SalaryImporter importer;

    @Inject
    SurveyTitles titles;

    @Inject
    SalaryFigures figures;

    @Inject
    RoleCatalog catalog;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/import")
    public TemplateInstance form() {
        return Templates.salaryImport(PageMeta.of("Import salary survey", "Import a salary survey file.",
                Urls.adminSalaryImport()).hiddenFromSearch(), SalaryImport.newest(10));
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
                Urls.adminSalaryImport(id)).hiddenFromSearch(), run, importer.progress(id),
                done ? figures.byRole() : List.of(), done ? titles.unmapped() : List.of());
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
    public Response addAlias(@RestForm String title, @RestForm String role) {
        SurveyTitles.Added added = titles.add(title, role);
        if (added.error() != null) {
            return Response.status(400).entity(aliasesPage(added.error())).build();
        }
        return Flash.redirect(Urls.adminAliases(), "\"" + title.strip() + "\" now counts for " + added.roleName()
                + " (" + added.answers() + " answers)");
    }

    @POST
    @Path("/aliases/{id:[0-9]{1,18}}/delete")
    public Response removeAlias(@PathParam("id") long id) {
        String title = titles.remove(id).orElseThrow(NotFoundException::new);
        return Flash.redirect(Urls.adminAliases(), "\"" + title + "\" no longer counts for a role");
    }

    private TemplateInstance aliasesPage(String error) {
        return Templates.aliases(PageMeta.of("Survey titles", "Which survey job titles count for which role.",
                Urls.adminAliases()).hiddenFromSearch(), titles.aliases(), catalog.roles(),
                titles.unmapped(), error);
    }

    private Response started(java.nio.file.Path file, String wait) {
        String actor = AdminRole.username(identity);
        long id = "true".equals(wait) ? importer.runNow(file, actor) : importer.start(file, actor);
        return Response.seeOther(URI.create(Urls.adminSalaryImport(id))).build();
    }
}
