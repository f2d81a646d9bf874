package careeratlas.jobs;

import careeratlas.web.GoneException;
import careeratlas.web.PageMeta;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** The job board: {@code /jobs}, {@code /jobs/feed.xml} and {@code /jobs/{id}-{slug}}. */
@Path("/jobs")
public class JobResource {

    public static final String ATOM = "application/atom+xml";
    static final int FEED_SIZE = 50;

    @CheckedTemplate(basePath = "jobs")
    static class Templates {
        static native TemplateInstance index(PageMeta meta, JobBoard board);

        static native TemplateInstance show(PageMeta meta, JobPage page);

        static native TemplateInstance feed(JobFeed feed);
    }

    @Inject
    JobSearchPool pool;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index(@QueryParam("role") String role, @QueryParam("level") String level,
                                  @QueryParam("type") String type, @QueryParam("remote") String remote,
                                  @QueryParam("salary_min") String salaryMin, @QueryParam("currency") String currency,
                                  @QueryParam("q") String q, @QueryParam("page") String page) {
        JobBoard board = JobBoard.load(role, level, type, remote, salaryMin, currency, q, page, pool);
        return Templates.index(board.meta(), board);
    }

    @GET
    @Path("/feed.xml")
    @Produces(ATOM)
    public String feed(@QueryParam("role") String role, @QueryParam("level") String level,
                       @QueryParam("type") String type, @QueryParam("remote") String remote,
                       @QueryParam("salary_min") String salaryMin, @QueryParam("currency") String currency,
                       @QueryParam("q") String q) {
        return Templates.feed(JobFeed.load(role, level, type, remote, salaryMin, currency, q, FEED_SIZE)).render();
    }

    @GET
    @Path("/{id:[0-9]{1,18}}{slug:(-[a-z0-9-]*)?}")
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("id") long id, @PathParam("slug") String slug) {
        Job job = JobPage.find(id).orElseThrow(NotFoundException::new);
        if (JobPage.isGone(job, LocalDate.now())) {
            throw new GoneException("This job expired more than " + JobPage.DAYS_KEPT_AFTER_EXPIRY
                    + " days ago and has been taken down. Have a look at the open jobs instead.");
        }
        String canonical = JobCard.of(job).url();
        if (!canonical.equals("/jobs/" + id + slug)) {
            return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(canonical)).build();
        }
        PageMeta meta = PageMeta.of(job.title + " at " + job.company.name,
                job.title + " at " + job.company.name + ", " + job.location + ".", canonical);
        return Response.ok(Templates.show(meta, JobPage.of(job, meta.url()))).build();
    }
}
