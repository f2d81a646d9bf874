package careeratlas.roles;

import io.quarkus.arc.Unremovable;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Every role with its family, as the home page, the directories, the filters and the admin form list them. Roles
 * change only with content changes, so the list is read once and kept until one happens.
 */
@ApplicationScoped
@Unremovable // looked up by Role.listByFamily()
public class RoleCatalog {

    @CacheResult(cacheName = "roles")
    List<Role> byFamily() {
        return List.copyOf(Role.<Role>find("from Role r join fetch r.family f order by f.position, r.name").list());
    }
}
