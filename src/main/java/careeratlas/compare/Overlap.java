package careeratlas.compare;

import careeratlas.catalog.RoleProfile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What two roles share in one vocabulary (skills, tools or industries) and what is unique to each. The entries keep
 * their slugs, so pages can link skills and tools to their own pages.
 */
public record Overlap(List<RoleProfile.Entry> sharedEntries, List<RoleProfile.Entry> onlyAEntries,
                      List<RoleProfile.Entry> onlyBEntries) {

    /** Computed from the shared vocabulary entries, matched by slug; keeps each role's own order. */
    public static Overlap of(List<RoleProfile.Entry> a, List<RoleProfile.Entry> b) {
        Map<String, RoleProfile.Entry> bySlugA = bySlug(a);
        Map<String, RoleProfile.Entry> bySlugB = bySlug(b);
        Set<String> inB = bySlugB.keySet();
        List<RoleProfile.Entry> shared = bySlugA.entrySet().stream().filter(e -> inB.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        List<RoleProfile.Entry> onlyA = bySlugA.entrySet().stream().filter(e -> !inB.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        List<RoleProfile.Entry> onlyB = bySlugB.entrySet().stream().filter(e -> !bySlugA.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        return new Overlap(shared, onlyA, onlyB);
    }

    public List<String> shared() {
        return names(sharedEntries);
    }

    public List<String> onlyA() {
        return names(onlyAEntries);
    }

    public List<String> onlyB() {
        return names(onlyBEntries);
    }

    private static List<String> names(List<RoleProfile.Entry> entries) {
        return entries.stream().map(RoleProfile.Entry::name).toList();
    }

    private static Map<String, RoleProfile.Entry> bySlug(List<RoleProfile.Entry> entries) {
        return entries.stream().collect(Collectors.toMap(RoleProfile.Entry::slug, e -> e, (x, y) -> x,
                LinkedHashMap::new));
    }
}
