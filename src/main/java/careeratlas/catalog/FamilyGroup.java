package careeratlas.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The roles of one family, for the role directory. */
public record FamilyGroup(String slug, String name, List<RoleSummary> roles) {

    /** Groups roles that are already sorted by family. */
    public static List<FamilyGroup> of(List<RoleSummary> sortedRoles) {
        Map<String, List<RoleSummary>> groups = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (RoleSummary r : sortedRoles) {
            groups.computeIfAbsent(r.familySlug(), f -> new ArrayList<>()).add(r);
            names.putIfAbsent(r.familySlug(), r.familyName());
        }
        return groups.entrySet().stream()
                .map(e -> new FamilyGroup(e.getKey(), names.get(e.getKey()), List.copyOf(e.getValue()))).toList();
    }
}
