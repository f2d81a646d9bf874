package careeratlas.paths;

import careeratlas.platform.PageMeta;
import careeratlas.platform.Urls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The fit finder, {@code /fit}: a GET form; nothing the reader ticks is stored. */
@Path("/fit")
@Produces(MediaType.TEXT_HTML)
public class FitResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance fit(PageMeta meta, FitPage page);
    }

    @Inject
    PathPages pages;

    @GET
    public TemplateInstance fit(@QueryParam("skill") List<String> skills, @QueryParam("tool") List<String> tools,
                                @QueryParam("from") String from) {
        FitPage page = pages.fit(pages.request(skills, tools, from));
        PageMeta meta = PageMeta.of("Which data or AI role fits you?",
                "Tick the skills and tools you have: every data and AI role ranked by how much of it you already cover.",
                Urls.fit());
        return Templates.fit(page.asked() ? meta.hiddenFromSearch() : meta, page);
    }
}
