package careeratlas.roles;

import careeratlas.compare.Comparison;
import careeratlas.jobs.FeaturedJobs;
import careeratlas.jobs.Job;
import careeratlas.jobs.JobCard;
import careeratlas.salaries.SalaryStats;
import careeratlas.salaries.Stats;
import careeratlas.web.PageMeta;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Role pages: {@code /roles} and {@code /roles/{slug}}. */
@Path("/roles")
@Produces(MediaType.TEXT_HTML)
public class RoleResource {

    @CheckedTemplate(basePath = "roles")
    static class Templates {
        static native TemplateInstance index(PageMeta meta, List<FamilyGroup> families, List<JobCard> featured);

        static native TemplateInstance show(PageMeta meta, RolePage page);
    }

    @GET
    public TemplateInstance index() {
        PageMeta meta = PageMeta.of("Data and AI roles",
                "Every data and AI role we cover, grouped by field: what each does, the skills it needs and how to start.",
                "/roles");
        return Templates.index(meta, FamilyGroup.of(Role.listByFamily()), FeaturedJobs.any());
    }

    @GET
    @Path("/{slug}")
    public TemplateInstance show(@PathParam("slug") String slug) {
        Role role = Role.findBySlug(slug).orElseThrow(NotFoundException::new);
        RolePage page = new RolePage(RoleProfile.load(role),
                Job.openCountsByRole(List.of(role.id)).getOrDefault(role.id, 0L),
                SalaryStats.overallOf(List.of(role.id)).getOrDefault(role.id, new Stats(0, 0, 0, 0, 0, 0, 0, 0)),
                Comparison.involving(List.of(role)),
                FeaturedJobs.forRoles(List.of(role.id)));
        return Templates.show(PageMeta.of(role.name + ": role, skills, tools and outlook", role.summary,
                "/roles/" + role.slug), page);
    }
}
