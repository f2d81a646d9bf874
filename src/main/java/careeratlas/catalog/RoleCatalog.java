package careeratlas.catalog;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.NotFoundException;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog's queries: roles, their profiles and the curated comparisons. The lists change only with content
 * changes, so they are read once and kept (as plain records) until one happens.
 */
@ApplicationScoped
public class RoleCatalog {

    @Inject
    EntityManager em;

    public static final String ROLES_CACHE = "roles";
    public static final String COMPARISONS_CACHE = "comparisons";
    public static final String PROFILES_CACHE = "role-profiles";

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

    /** The profile of the role with this slug; 404 when there is none. */
    public RoleProfile profile(String slug) {
        RoleProfile profile = profiles().get(slug);
        if (profile == null) {
            throw new NotFoundException();
        }
        return profile;
    }

    /** The profiles of both roles of a pair, in the given order; 404 unless both exist and differ. */
    public List<RoleProfile> pair(String first, String second) {
        if (first.equals(second)) {
            throw new NotFoundException();
        }
        return List.of(profile(first), profile(second));
    }

    /**
     * Every role's profile by slug, read together (one query per section for all roles) and kept until the catalog
     * changes: role, comparison and transition pages render from it without a query.
     */
    @CacheResult(cacheName = PROFILES_CACHE)
    public Map<String, RoleProfile> profiles() {
        List<Role> all = Role.find("from Role r join fetch r.family f order by f.position, r.name").list();
        Map<String, RoleProfile> bySlug = new LinkedHashMap<>();
        RoleProfile.load(em, all).forEach(p -> bySlug.put(p.slug(), p));
        return Map.copyOf(bySlug);
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

    /** The curated comparison of these two roles in this order, if there is one. */
    public Optional<ComparisonSummary> curated(String first, String second) {
        return comparisons().stream().filter(c -> c.isPair(first, second)).findFirst();
    }
}
