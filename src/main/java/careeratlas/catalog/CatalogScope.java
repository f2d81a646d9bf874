package careeratlas.catalog;

import careeratlas.platform.CacheScope;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/** The editorial catalog (roles, their sections, the vocabularies, comparisons): shown on every page. */
@ApplicationScoped
@io.quarkus.arc.Unremovable // found through Instance<CacheScope>
public class CatalogScope implements CacheScope {

    @Override
    public Set<String> tables() {
        return Set.of("role_family", "role", "role_item", "role_tip", "skill", "role_skill", "tool_category", "tool",
                "role_tool", "industry", "role_industry", "comparison", "career_transition", "skill_alias", "tool_alias");
    }

    @Override
    public Set<String> caches() {
        return Set.of(RoleCatalog.ROLES_CACHE, RoleCatalog.COMPARISONS_CACHE, RoleCatalog.PROFILES_CACHE, SkillCatalog.VOCABULARY_CACHE,
                SkillCatalog.TRANSITIONS_CACHE, TermLinks.FINDER_CACHE, TermLinks.LINKED_CACHE);
    }

    @Override
    public boolean coversPage(String path) {
        return true;
    }
}
