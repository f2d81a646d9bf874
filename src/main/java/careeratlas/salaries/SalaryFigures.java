package careeratlas.salaries;

import careeratlas.catalog.RoleCatalog;
import careeratlas.catalog.RoleSummary;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import java.util.List;
import java.util.Map;

/**
 * The salaries feature's service. Survey figures change only when a survey is imported or a title is mapped to a
 * role, so they are computed once per role and filter and kept (plain records) until the survey changes on any
 * replica ({@link careeratlas.platform.ContentChanges}).
 */
@ApplicationScoped
public class SalaryFigures {

    public static final String CACHE = "salary-figures";
    /** Figures of several roles at once (comparison and role pages), keyed by the role ids. */
    public static final String MANY_CACHE = "salary-figures-by-roles";
    /** Survey titles: the list, the titles of each role, each title's figures (a cache of its own, so keys never mix). */
    public static final String TITLES_CACHE = "salary-titles";

    @Inject
    SalaryQueries queries;

    @Inject
    RoleCatalog catalog;

    @CacheResult(cacheName = CACHE)
    public SalaryQueries.RoleSalaries forRole(String slug, SalaryFilter filter) {
        RoleSummary role = catalog.summary(slug).orElseThrow(NotFoundException::new);
        return queries.forRole(role, filter);
    }

    @CacheResult(cacheName = CACHE)
    public List<SalaryQueries.Group> byRole() {
        return queries.byRole();
    }

    /** Every survey title with its answers and slug. */
    @CacheResult(cacheName = TITLES_CACHE)
    public List<SalaryQueries.SurveyTitle> titles() {
        return queries.titles();
    }

    /** The survey titles that count for a role. */
    @CacheResult(cacheName = TITLES_CACHE)
    public List<SalaryQueries.SurveyTitle> titlesOf(long roleId) {
        return queries.titlesOf(roleId);
    }

    /** A survey title's figures by its slug (all its spellings together); 404 for a slug no survey title has. */
    @CacheResult(cacheName = TITLES_CACHE)
    public SalaryQueries.TitleSalaries forTitle(String slug) {
        List<String> titles = titles().stream().filter(t -> t.slug().equals(slug))
                .map(SalaryQueries.SurveyTitle::title).toList();
        if (titles.isEmpty()) {
            throw new NotFoundException();
        }
        return queries.forTitles(slug, titles);
    }

    /** Overall and per-level figures (US dollars) of several roles, in one statement. */
    @CacheResult(cacheName = MANY_CACHE)
    public SalaryQueries.ManyRoles ofRoles(List<Long> roleIds) {
        return queries.ofRoles(roleIds);
    }

    /** Salaries stated in this site's open job posts: these change with jobs, so they are not kept. */
    public SalaryQueries.JobFigures jobs(RoleSummary role, SalaryFilter filter) {
        return queries.jobs(role, filter);
    }
}
