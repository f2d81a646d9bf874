package careeratlas.jobs;

import careeratlas.platform.GoneException;
import careeratlas.platform.PageMeta;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The job board: {@code /jobs}, {@code /jobs/feed.xml} and {@code /jobs/{id}-{slug}}. */
@Path("/jobs")
public class JobResource {

    public static final String ATOM = "application/atom+xml";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(PageMeta meta, JobBoard board);

        static native TemplateInstance show(PageMeta meta, JobPage page);

        static native TemplateInstance feed(JobFeed feed);
    }

    @Inject
    JobService jobs;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response index(@BeanParam JobFilterParams params) {
        JobBoard board = jobs.board(jobs.filter(params));
        // A page past the last one is empty: 404 (never cached), with a link to the last page.
        return Response.status(board.beyondEnd() ? Response.Status.NOT_FOUND : Response.Status.OK)
                .entity(Templates.index(board.meta(), board)).build();
    }

    @GET
    @Path("/feed.xml")
    @Produces(ATOM)
    public String feed(@BeanParam JobFilterParams params) {
        return Templates.feed(jobs.feed(jobs.filter(params))).render();
    }

    @GET
    @Path("/{id:[0-9]{1,18}}{slug:(-[a-z0-9-]*)?}")
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("id") long id, @PathParam("slug") String slug) {
        Job job = jobs.published(id).orElseThrow(NotFoundException::new);
        if (jobs.isGone(job)) {
            throw new GoneException("This job expired more than " + JobPage.DAYS_KEPT_AFTER_EXPIRY
                    + " days ago and has been taken down. Have a look at the open jobs instead.");
        }
        String canonical = JobCard.of(job).url();
        if (!canonical.equals("/jobs/" + id + slug)) {
            return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(canonical)).build();
        }
        PageMeta meta = PageMeta.of(job.title + " at " + job.company.name,
                job.title + " at " + job.company.name + ", " + job.location + ".", canonical);
        return Response.ok(Templates.show(meta, jobs.page(job, meta.url()))).build();
    }
}
