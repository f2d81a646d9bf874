package careeratlas.salaries;

import careeratlas.roles.Role;
import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import java.util.List;

/**
 * Survey figures change only when a survey is imported, so they are computed once per role and filter and kept
 * until the next import (or ten minutes, so that other replicas catch up with an import made elsewhere).
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

    /** After an import: every figure is computed again on its next request. */
    @CacheInvalidateAll(cacheName = CACHE)
    public void invalidate() {
        // the annotation does the work
    }
}
