package careeratlas.compare;

import careeratlas.catalog.ComparisonPath;
import careeratlas.catalog.ComparisonSummary;
import careeratlas.catalog.RoleProfile;
import careeratlas.catalog.RoleCatalog;
import careeratlas.catalog.RoleSummary;
import careeratlas.platform.Urls;
import careeratlas.sidebar.FeaturedJob;
import careeratlas.sidebar.FeaturedJobs;
import careeratlas.platform.PageMeta;
import careeratlas.platform.ReadingTime;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
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
import java.util.List;

/** Comparison pages: {@code /compare} (index and the compare-any-two form) and {@code /compare/{a}-vs-{b}}. */
@Path("/compare")
@Produces(MediaType.TEXT_HTML)
public class CompareResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(PageMeta meta, List<ComparisonSummary> comparisons, List<RoleSummary> roles,
                                             String error, String a, String b, List<FeaturedJob> featured);

        static native TemplateInstance show(PageMeta meta, ComparisonPage page, RawString article, Integer minutes);

        static native TemplateInstance article(ComparisonPage page);
    }

    @Inject
    ComparisonService comparisons;

    @Inject
    RoleCatalog catalog;

    @Inject
    FeaturedJobs featured;

    /** The index; with {@code a} and {@code b} (the compare form) a redirect to their comparison. */
    @GET
    public Response index(@QueryParam("a") String a, @QueryParam("b") String b) {
        if (a == null && b == null) {
            return Response.ok(indexPage(null, "", "")).build();
        }
        String error = comparisons.formError(a, b);
        if (error != null) {
            return Response.status(Response.Status.BAD_REQUEST).entity(indexPage(error, a, b)).build();
        }
        return Response.seeOther(URI.create(Urls.comparison(a, b))).build();
    }

    @GET
    @Path("/{pair}")
    public Response show(@PathParam("pair") String pair) {
        ComparisonPath path = ComparisonPath.parse(pair).orElseThrow(NotFoundException::new);
        List<RoleProfile> roles = comparisons.roles(path);
        if (!path.isCanonical()) {
            return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(path.canonical().url()))
                    .build();
        }
        ComparisonPage page = comparisons.page(roles);
        String article = Templates.article(page).render();
        PageMeta meta = PageMeta.of(page.title() + ": A Comprehensive Comparison", page.description(), page.path())
                .withImage(Urls.shareCard("compare", page.a().slug() + Urls.COMPARISON_SEPARATOR + page.b().slug(), page.shareCard().hash()));
        return Response.ok(Templates.show(page.curated() ? meta : meta.hiddenFromSearch(), page, new RawString(article),
                ReadingTime.minutes(article))).build();
    }

    private TemplateInstance indexPage(String error, String a, String b) {
        PageMeta meta = PageMeta.of("Compare data and AI careers",
                "Side-by-side comparisons of data and AI roles: skills, tools, education, industries and outlook.",
                Urls.comparisons());
        return Templates.index(meta, catalog.comparisons(), catalog.roles(), error, a, b, featured.any());
    }
}
