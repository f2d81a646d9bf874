package careeratlas.web;

import careeratlas.compare.Comparison;
import careeratlas.jobs.FeaturedJobs;
import careeratlas.jobs.JobCard;
import careeratlas.roles.FamilyGroup;
import careeratlas.roles.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The home page: what the site is, the roles by family, the curated comparisons and the compare form. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance home(PageMeta meta, List<Role> roles, List<FamilyGroup> families,
                                            List<Comparison> comparisons, List<JobCard> featured);
    }

    @GET
    public TemplateInstance home() {
        List<Role> roles = Role.listByFamily();
        PageMeta meta = PageMeta.of("Choose your career in data and AI",
                "Compare data and AI careers side by side: what each role does, the skills and tools it needs, "
                        + "the outlook, and open jobs.", "/");
        return Templates.home(meta, roles, FamilyGroup.of(roles), Comparison.listAll(), FeaturedJobs.any());
    }
}
