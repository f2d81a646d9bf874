package careeratlas.about;

import careeratlas.platform.PageMeta;
import careeratlas.platform.Urls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What the site is ({@code /about}) and what it stores ({@code /privacy}): editorial pages with no data. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AboutResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance about(PageMeta meta);

        static native TemplateInstance privacy(PageMeta meta);
    }

    @GET
    @Path("about")
    public TemplateInstance about() {
        return Templates.about(PageMeta.of("About Career Atlas",
                "Who makes Career Atlas, where its figures come from and how it is paid for.", Urls.about()));
    }

    @GET
    @Path("privacy")
    public TemplateInstance privacy() {
        return Templates.privacy(PageMeta.of("Privacy",
                "What Career Atlas stores about you: no tracking, no advertising profiles.", Urls.privacy()));
    }
}
