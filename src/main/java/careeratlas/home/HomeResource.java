package careeratlas.home;

import careeratlas.catalog.ComparisonSummary;
import careeratlas.catalog.FamilyGroup;
import careeratlas.catalog.RoleCatalog;
import careeratlas.catalog.RoleSummary;
import careeratlas.platform.PageMeta;
import careeratlas.sidebar.FeaturedJob;
import careeratlas.sidebar.FeaturedJobs;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The home page: what the site is, the roles by family, the curated comparisons and the compare form. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    /** What the home page shows. */
    public record HomePage(List<RoleSummary> roles, List<FamilyGroup> families, List<ComparisonSummary> comparisons,
                           List<FeaturedJob> featured) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PageMeta meta, HomePage page);
    }

    @Inject
    RoleCatalog catalog;

    @Inject
    FeaturedJobs featured;

    @GET
    public TemplateInstance home() {
        PageMeta meta = PageMeta.of("Choose your career in data and AI",
                "Compare data and AI careers side by side: what each role does, the skills and tools it needs, "
                        + "the outlook, and open jobs.", "/");
        return Templates.home(meta, new HomePage(catalog.roles(), catalog.families(), catalog.comparisons(),
                featured.any()));
    }
}
