package careeratlas.roles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The roles of one family, for the role directory. */
public record FamilyGroup(RoleFamily family, List<Role> roles) {

    /** Groups roles that are already sorted by family. */
    public static List<FamilyGroup> of(List<Role> sortedRoles) {
        Map<RoleFamily, List<Role>> groups = new LinkedHashMap<>();
        sortedRoles.forEach(r -> groups.computeIfAbsent(r.family, f -> new ArrayList<>()).add(r));
        return groups.entrySet().stream().map(e -> new FamilyGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}
