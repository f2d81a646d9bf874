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

/** Tool pages: {@code /tools} and {@code /tools/{slug}}. */
@Path("/tools")
@Produces(MediaType.TEXT_HTML)
public class ToolResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(PageMeta meta, TermIndex index);

        static native TemplateInstance show(PageMeta meta, TermPage page);
    }

    @Inject
    SkillPages pages;

    @GET
    public TemplateInstance index() {
        return Templates.index(PageMeta.of("Tools and software for data and AI careers",
                "Every tool the data and AI roles use, by category: what it is, which roles use it and their open jobs.",
                Urls.tools()), pages.index(Kind.TOOL));
    }

    @GET
    @Path("/{slug}")
    public TemplateInstance show(@PathParam("slug") String slug) {
        TermPage page = pages.page(Kind.TOOL, slug);
        return Templates.show(PageMeta.of(page.title(), page.description(), page.path()), page);
    }
}
