package careeratlas.catalog;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The catalog's queries: roles, their profiles and the curated comparisons. The lists change only with content
 * changes, so they are read once and kept (as plain records) until one happens.
 */
@ApplicationScoped
public class RoleCatalog {

    public static final String ROLES_CACHE = "roles";
    public static final String COMPARISONS_CACHE = "comparisons";

    /** Every role with its family, by family order then name. */
    @CacheResult(cacheName = ROLES_CACHE)
    public List<RoleSummary> roles() {
        return Role.<Role>find("from Role r join fetch r.family f order by f.position, r.name").stream()
                .map(RoleSummary::of).toList();
    }

    public List<FamilyGroup> families() {
        return FamilyGroup.of(roles());
    }

    public Optional<RoleSummary> summary(String slug) {
        return roles().stream().filter(r -> r.slug().equals(slug)).findFirst();
    }

    public boolean exists(String slug) {
        return summary(slug).isPresent();
    }

    public Role role(String slug) {
        return Role.findBySlug(slug).orElseThrow(NotFoundException::new);
    }

    /** Both roles of a pair, in the given order; 404 unless both exist and differ. */
    public List<Role> pair(String first, String second) {
        if (first.equals(second)) {
            throw new NotFoundException();
        }
        List<Role> found = Role.find("from Role r join fetch r.family where r.slug in ?1", List.of(first, second)).list();
        if (found.size() != 2) {
            throw new NotFoundException();
        }
        return found.stream().sorted(Comparator.comparing((Role r) -> !r.slug.equals(first))).toList();
    }

    /** Curated comparisons, newest first. */
    @CacheResult(cacheName = COMPARISONS_CACHE)
    public List<ComparisonSummary> comparisons() {
        return Comparison.<Comparison>find("from Comparison c join fetch c.roleA join fetch c.roleB"
                + " order by c.publishedOn desc, c.id").stream().map(ComparisonSummary::of).toList();
    }

    /** Curated comparisons that include any of the given roles, newest first. */
    public List<ComparisonSummary> comparisonsInvolving(Collection<String> slugs) {
        return comparisons().stream().filter(c -> slugs.stream().anyMatch(c::involves)).toList();
    }

    public Optional<Comparison> curated(Role a, Role b) {
        return Comparison.findPair(a, b);
    }

    public List<RoleProfile> profiles(List<Role> roles) {
        return RoleProfile.load(roles);
    }

    public RoleProfile profile(Role role) {
        return RoleProfile.load(List.of(role)).get(0);
    }
}
