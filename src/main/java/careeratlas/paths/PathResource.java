package careeratlas.paths;

import careeratlas.catalog.RoleSummary;
import careeratlas.catalog.TransitionSummary;
import careeratlas.platform.PageMeta;
import careeratlas.platform.Urls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** Career transitions: {@code /paths} (the editors' guides and a form) and {@code /paths/{from}-to-{to}}. */
@Path("/paths")
@Produces(MediaType.TEXT_HTML)
public class PathResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(PageMeta meta, List<TransitionSummary> curated, List<RoleSummary> roles,
                                             String error, String from, String to);

        static native TemplateInstance show(PageMeta meta, TransitionPage page);
    }

    @Inject
    PathPages pages;

    /** The index; with {@code from} and {@code to} (the form) a redirect to their transition. */
    @GET
    public Response index(@QueryParam("from") String from, @QueryParam("to") String to) {
        if (from == null && to == null) {
            return Response.ok(indexPage(null, "", "")).build();
        }
        String error = pages.formError(from, to);
        if (error != null) {
            return Response.status(Response.Status.BAD_REQUEST).entity(indexPage(error, from == null ? "" : from, to == null ? "" : to)).build();
        }
        return Response.seeOther(URI.create(Urls.transition(from, to))).build();
    }

    @GET
    @Path("/{pair}")
    public TemplateInstance show(@PathParam("pair") String pair) {
        TransitionPage page = pages.page(pair);
        PageMeta meta = PageMeta.of(page.title() + ": skills to keep, skills to learn", page.description(),
                page.path());
        return Templates.show(page.isCurated() ? meta : meta.hiddenFromSearch(), page);
    }

    private TemplateInstance indexPage(String error, String from, String to) {
        return Templates.index(PageMeta.of("Career paths between data and AI roles",
                "Moving from one data or AI role to another: what carries over, what to learn, pay before and after.",
                Urls.transitions()), pages.curated(), pages.roles(), error, from, to);
    }
}
