package careeratlas.jobs;

import careeratlas.platform.AdminRole;
import careeratlas.platform.Flash;
import careeratlas.platform.PageMeta;
import careeratlas.platform.Urls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;
import java.util.Optional;

/** The job search's synonyms and abbreviations, edited by admins: {@code /admin/search/synonyms}. */
@Path("/admin/search/synonyms")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(AdminRole.NAME)
public class AdminSynonymResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance synonyms(PageMeta meta, List<SearchSynonyms.Synonym> synonyms, String error);
    }

    @Inject
    SearchSynonyms synonyms;

    @GET
    public TemplateInstance list() {
        return page(null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm String term, @RestForm String expansion) {
        Optional<String> error = synonyms.save(term, expansion);
        if (error.isPresent()) {
            return Response.status(400).entity(page(error.get())).build();
        }
        return Flash.redirect(Urls.adminSynonyms(), "A search for \"" + term.strip() + "\" now also finds \""
                + expansion.strip() + "\"");
    }

    @POST
    @Path("/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@RestForm String term) {
        if (term == null || !synonyms.remove(term)) {
            throw new NotFoundException();
        }
        return Flash.redirect(Urls.adminSynonyms(), "\"" + term + "\" removed from the synonyms");
    }

    private TemplateInstance page(String error) {
        return Templates.synonyms(PageMeta.of("Search synonyms", "Synonyms and abbreviations the job search knows.",
                Urls.adminSynonyms()).hiddenFromSearch(), synonyms.list(), error);
    }
}
