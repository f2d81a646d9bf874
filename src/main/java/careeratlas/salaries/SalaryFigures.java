package careeratlas.salaries;

import careeratlas.roles.Role;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import java.util.List;

/**
 * Survey figures change only when a survey is imported or a title is mapped to a role, so they are computed once
 * per role and filter and kept until the content changes on any replica ({@link careeratlas.web.ContentChanges}).
 */
@ApplicationScoped
public class SalaryFigures {

    static final String CACHE = "salary-figures";

    @CacheResult(cacheName = CACHE)
    public SalaryStats.RoleSalaries forRole(String slug, SalaryFilter filter) {
        Role role = Role.findBySlug(slug).orElseThrow(NotFoundException::new);
        return SalaryStats.forRole(role, filter);
    }

    @CacheResult(cacheName = CACHE)
    public List<SalaryStats.Group> byRole() {
        return SalaryStats.byRole();
    }

}
