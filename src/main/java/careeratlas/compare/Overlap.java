package careeratlas.compare;

import careeratlas.catalog.RoleProfile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What two roles share in one vocabulary (skills, tools or industries) and what is unique to each. */
public record Overlap(List<String> shared, List<String> onlyA, List<String> onlyB) {

    /** Computed from the shared vocabulary entries, matched by slug; keeps each role's own order. */
    public static Overlap of(List<RoleProfile.Entry> a, List<RoleProfile.Entry> b) {
        Map<String, String> bySlugA = names(a);
        Map<String, String> bySlugB = names(b);
        Set<String> inB = bySlugB.keySet();
        List<String> shared = bySlugA.entrySet().stream().filter(e -> inB.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        List<String> onlyA = bySlugA.entrySet().stream().filter(e -> !inB.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        List<String> onlyB = bySlugB.entrySet().stream().filter(e -> !bySlugA.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        return new Overlap(shared, onlyA, onlyB);
    }

    private static Map<String, String> names(List<RoleProfile.Entry> entries) {
        return entries.stream().collect(Collectors.toMap(RoleProfile.Entry::slug, RoleProfile.Entry::name,
                (x, y) -> x, LinkedHashMap::new));
    }
}
