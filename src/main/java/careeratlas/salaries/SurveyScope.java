package careeratlas.salaries;

import careeratlas.platform.CacheScope;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * Survey figures: they change with an import or a title mapping (and a role's name). Pages that show them are the
 * salary pages, role pages and comparison pages; job pages, the board and the home page show none and are kept.
 */
@ApplicationScoped
@io.quarkus.arc.Unremovable // found through Instance<CacheScope>
public class SurveyScope implements CacheScope {

    @Override
    public Set<String> tables() {
        return Set.of("salary_report", "role_alias", "role");
    }

    @Override
    public Set<String> caches() {
        return Set.of(SalaryFigures.CACHE, SalaryFigures.MANY_CACHE, SalaryFigures.TITLES_CACHE);
    }

    @Override
    public boolean coversPage(String path) {
        return path.startsWith("/salaries") || path.startsWith("/roles/") || path.startsWith("/compare/");
    }
}
