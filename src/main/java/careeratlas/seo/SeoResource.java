package careeratlas.seo;

import careeratlas.platform.Urls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** What search engines read: {@code /sitemap.xml} and {@code /robots.txt}. */
@Path("/")
public class SeoResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sitemap(List<SitemapEntry> entries);
    }

    @Inject
    SitemapQueries sitemap;

    @GET
    @Path("sitemap.xml")
    @Produces(MediaType.APPLICATION_XML)
    public String sitemap() {
        return Templates.sitemap(sitemap.entries()).render();
    }

    @GET
    @Path("robots.txt")
    @Produces(MediaType.TEXT_PLAIN)
    public String robots() {
        return "User-agent: *\nDisallow: /admin\nDisallow: /q/\n\nSitemap: " + Urls.absolute(Urls.sitemap()) + "\n";
    }
}
