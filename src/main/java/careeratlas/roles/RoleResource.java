package careeratlas.roles;

import careeratlas.catalog.FamilyGroup;
import careeratlas.platform.PageMeta;
import careeratlas.platform.Urls;
import careeratlas.sidebar.FeaturedJob;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Role pages: {@code /roles} and {@code /roles/{slug}}. */
@Path("/roles")
@Produces(MediaType.TEXT_HTML)
public class RoleResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(PageMeta meta, List<FamilyGroup> families, List<FeaturedJob> featured);

        static native TemplateInstance show(PageMeta meta, RolePage page);
    }

    @Inject
    RolePages pages;

    @GET
    public TemplateInstance index() {
        PageMeta meta = PageMeta.of("Data and AI roles",
                "Every data and AI role we cover, grouped by field: what each does, the skills it needs and how to start.",
                Urls.roles());
        return Templates.index(meta, pages.families(), pages.sidebar());
    }

    @GET
    @Path("/{slug}")
    public TemplateInstance show(@PathParam("slug") String slug) {
        RolePage page = pages.page(slug);
        return Templates.show(PageMeta.of(page.profile().name() + ": role, skills, tools and outlook",
                page.profile().role().summary(), Urls.role(page.profile().slug()))
                .withImage(Urls.shareCard("roles", page.profile().slug(), page.shareCard().hash())), page);
    }
}
