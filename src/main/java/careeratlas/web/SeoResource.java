package careeratlas.web;

import careeratlas.compare.Comparison;
import careeratlas.jobs.Job;
import careeratlas.jobs.JobCard;
import careeratlas.roles.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** What search engines read: {@code /sitemap.xml} and {@code /robots.txt}. */
@Path("/")
public class SeoResource {

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance sitemap(List<SitemapEntry> entries);
    }

    /**
     * The home page, the indexes, every role, every curated comparison and every open job. Comparisons without
     * an editors' text are left out: their pages ask search engines not to index them.
     */
    @GET
    @Path("sitemap.xml")
    @Produces(MediaType.APPLICATION_XML)
    public String sitemap() {
        String base = Globals.baseUrl();
        List<SitemapEntry> entries = new ArrayList<>();
        for (String path : List.of("/", "/roles", "/compare", "/jobs")) {
            entries.add(new SitemapEntry(base + path, null));
        }
        for (Role r : Role.<Role>listAll()) {
            entries.add(new SitemapEntry(base + "/roles/" + r.slug, date(r.updatedAt)));
        }
        for (Comparison c : Comparison.listAll()) {
            entries.add(new SitemapEntry(base + c.path(), date(c.updatedAt)));
        }
        for (Job j : Job.listOpen()) {
            entries.add(new SitemapEntry(base + JobCard.path(j.id, j.title, j.company.name), date(j.updatedAt)));
        }
        return Templates.sitemap(entries).render();
    }

    @GET
    @Path("robots.txt")
    @Produces(MediaType.TEXT_PLAIN)
    public String robots() {
        return "User-agent: *\nDisallow: /admin\nDisallow: /q/\n\nSitemap: " + Globals.baseUrl() + "/sitemap.xml\n";
    }

    private static String date(OffsetDateTime time) {
        return time == null ? null : time.toLocalDate().toString();
    }
}
