package careeratlas.roles;

import careeratlas.catalog.Role;
import careeratlas.catalog.RoleProfile;
import careeratlas.testing.Html;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.util.List;

import static careeratlas.testing.Html.escape;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class RolePagesTest {

    @jakarta.inject.Inject
    careeratlas.catalog.RoleCatalog catalog;

    @Test
    @Transactional
    void everySeededRoleHasEverySectionFilled() {
        long roles = Role.count();
        assertTrue(roles >= 14, "at least 14 roles are seeded");
        assertEquals(roles, catalog.profiles().size(), "every role has a profile");
        for (RoleProfile p : catalog.profiles().values()) {
            String r = p.slug();
            assertFalse(p.role().definition().isBlank(), r + " definition");
            assertFalse(p.role().outlook().isBlank(), r + " outlook");
            assertFalse(p.role().outlookFigure().isBlank(), r + " outlook figure");
            assertFalse(p.role().outlookSource().isBlank(), r + " outlook source");
            assertFalse(p.role().outlookPeriod().isBlank(), r + " outlook period");
            assertFalse(p.responsibilities().isEmpty(), r + " responsibilities");
            assertFalse(p.education().isEmpty(), r + " education");
            assertFalse(p.skills().isEmpty(), r + " skills");
            assertFalse(p.tools().isEmpty(), r + " tools");
            assertFalse(p.industries().isEmpty(), r + " industries");
            assertFalse(p.tips().isEmpty(), r + " tips");
        }
    }

    @Test
    void roleIndexListsEveryRoleByFamily() {
        Response page = Html.get("/roles");
        assertEquals(200, page.statusCode());
        String html = page.asString();
        for (String family : List.of("Data Engineering", "Machine Learning", "AI Research")) {
            assertTrue(html.contains(family), family);
        }
        for (String slug : List.of("data-engineer", "machine-learning-research-engineer", "data-scientist",
                "mlops-engineer", "nlp-engineer", "bi-developer")) {
            assertTrue(html.contains("href=\"/roles/" + slug + "\""), slug);
        }
    }

    @Test
    void rolePageShowsEverySectionFromTheDatabase() {
        Response page = Html.get("/roles/data-engineer");
        assertEquals(200, page.statusCode());
        assertTrue(page.contentType().startsWith("text/html"));
        String html = Html.withoutTermLinks(page.asString());
        RoleProfile p = profile("data-engineer");
        assertTrue(html.contains("<h1>Data Engineer</h1>"));
        assertTrue(html.contains(escape(p.role().definition())));
        p.responsibilities().forEach(item -> assertTrue(html.contains(escape(item)), item));
        p.education().forEach(item -> assertTrue(html.contains(escape(item)), item));
        p.skills().forEach(s -> assertTrue(html.contains(escape(s.name())), s.name()));
        p.industries().forEach(i -> assertTrue(html.contains(escape(i.name())), i.name()));
        p.tools().forEach(g -> {
            assertTrue(html.contains("<dt>" + escape(g.category()) + "</dt>"), g.category());
            g.tools().forEach(t -> assertTrue(html.contains(escape(t.name())), t.name()));
        });
        assertTrue(html.contains(escape(p.role().outlookFigure())));
        assertTrue(html.contains(escape(p.role().outlookSource())));
        assertTrue(html.contains(escape(p.role().outlookPeriod())));
        p.tips().forEach(t -> assertTrue(html.contains("<strong>" + escape(t.title()) + ":</strong>"), t.title()));
        assertTrue(html.contains("href=\"/compare/data-engineer-vs-machine-learning-research-engineer\""),
                "the comparisons that include the role");
        assertTrue(html.contains("Featured jobs"), "sidebar");
        assertTrue(html.contains("href=\"/salaries/data-engineer\""));
    }

    @Test
    void rolePageSidebarPutsTheRolesJobsFirst() {
        String html = Html.get("/roles/data-scientist").asString();
        assertTrue(html.contains("id=\"featured-jobs-heading\""), "the page has the sidebar");
        String sidebar = html.substring(html.indexOf("id=\"featured-jobs-heading\""));
        assertTrue(sidebar.contains("Senior Data Scientist") && sidebar.contains("Data Engineer</a>"), sidebar);
        assertTrue(sidebar.indexOf("Senior Data Scientist") < sidebar.indexOf("Data Engineer</a>"),
                "the data scientist job comes first on the data scientist page");
    }

    @Test
    void unknownRoleIsARealNotFoundPage() {
        Html.get("/roles/astronaut").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Page not found"))
                .body(containsString("href=\"/\""))
                .body(containsString("Featured jobs"))
                .body(containsString("<html lang=\"en\">"));
    }

    @Transactional
    RoleProfile profile(String slug) {
        return catalog.profile(slug);
    }
}
