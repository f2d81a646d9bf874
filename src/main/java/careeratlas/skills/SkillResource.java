package careeratlas.skills;

import careeratlas.catalog.Vocabulary.Kind;
import careeratlas.platform.PageMeta;
import careeratlas.platform.Urls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Skill pages: {@code /skills} and {@code /skills/{slug}}. */
@Path("/skills")
@Produces(MediaType.TEXT_HTML)
public class SkillResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(PageMeta meta, TermIndex index);

        static native TemplateInstance show(PageMeta meta, TermPage page);
    }

    @Inject
    SkillPages pages;

    @GET
    public TemplateInstance index() {
        return Templates.index(PageMeta.of("Skills for data and AI careers",
                "Every skill the data and AI roles ask for: what it is, which roles need it and how central it is.",
                Urls.skills()), pages.index(Kind.SKILL));
    }

    @GET
    @Path("/{slug}")
    public TemplateInstance show(@PathParam("slug") String slug) {
        TermPage page = pages.page(Kind.SKILL, slug);
        return Templates.show(PageMeta.of(page.title(), page.description(), page.path()), page);
    }
}
