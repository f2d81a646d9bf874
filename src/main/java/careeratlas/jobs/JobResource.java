package careeratlas.jobs;

import careeratlas.web.PageMeta;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Job pages: {@code /jobs/{id}}. */
@Path("/jobs")
@Produces(MediaType.TEXT_HTML)
public class JobResource {

    @CheckedTemplate(basePath = "jobs")
    static class Templates {
        static native TemplateInstance show(PageMeta meta, JobPage page);
    }

    @GET
    @Path("/{id:[0-9]{1,18}}")
    public TemplateInstance show(@PathParam("id") long id) {
        JobPage page = JobPage.load(id).orElseThrow(NotFoundException::new);
        return Templates.show(PageMeta.of(page.job().title + " at " + page.job().company.name,
                page.card().title() + " at " + page.card().company() + ", " + page.card().location() + ".",
                page.card().url()), page);
    }
}
