package careeratlas.catalog;

import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a page shows about a role, read with one query per section for any number of roles (no N+1):
 * plain data, kept in the {@code role-profiles} cache.
 */
public record RoleProfile(RoleFacts role, List<String> responsibilities, List<String> education, List<Tip> tips,
                          List<Entry> skills, List<ToolGroup> tools, List<Entry> industries) {

    /** A shared vocabulary entry (skill, tool or industry) with the role's own note, if any. */
    public record Entry(String slug, String name, String note) {
        public String label() {
            return note == null || note.isBlank() ? name : name + " (" + note + ")";
        }
    }

    public record ToolGroup(String category, List<Entry> tools) {
    }

    public record Tip(int number, String title, String body) {
    }

    public String slug() {
        return role.slug();
    }

    public String name() {
        return role.name();
    }

    /** The role's tools in the role data's order (by category, then position), without the grouping. */
    public List<Entry> toolList() {
        return tools.stream().flatMap(g -> g.tools().stream()).toList();
    }

    /**
     * The profiles of the given roles, in the given order, with two statements whatever their number: one for the
     * texts (responsibilities, education, tips), one for the vocabulary entries (skills, tools, industries).
     */
    static List<RoleProfile> load(EntityManager em, List<Role> roles) {
        Map<Long, Builder> builders = new LinkedHashMap<>();
        roles.forEach(r -> builders.put(r.id, new Builder(r)));
        if (roles.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(builders.keySet());
        for (Object[] r : rows(em, TEXTS, ids)) {
            Builder b = builders.get(((Number) r[0]).longValue());
            switch ((String) r[1]) {
                case "RESPONSIBILITY" -> b.responsibilities.add((String) r[3]);
                case "EDUCATION" -> b.education.add((String) r[3]);
                default -> b.tips.add(new Tip(((Number) r[2]).intValue(), (String) r[4], (String) r[3]));
            }
        }
        for (Object[] r : rows(em, ENTRIES, ids)) {
            Builder b = builders.get(((Number) r[0]).longValue());
            Entry entry = new Entry((String) r[2], (String) r[3], (String) r[4]);
            switch ((String) r[1]) {
                case "skill" -> b.skills.add(entry);
                case "tool" -> b.tools.computeIfAbsent((String) r[5], c -> new ArrayList<>())
                        .add(new Entry(entry.slug(), entry.name(), null));
                case "industry" -> b.industries.add(entry);
                default -> throw new IllegalStateException("unknown kind " + r[1]);
            }
        }
        return builders.values().stream().map(Builder::build).toList();
    }

    private static final String TEXTS = """
            select role_id, section, position, body, null as title from role_item where role_id in (:ids)
            union all
            select role_id, 'TIP', position, body, title from role_tip where role_id in (:ids)
            order by 2, 3""";

    private static final String ENTRIES = """
            select rs.role_id, 'skill' as kind, s.slug, s.name, rs.note, null as category, 0 as category_position,
                   rs.position
              from role_skill rs join skill s on s.id = rs.skill_id where rs.role_id in (:ids)
            union all
            select rt.role_id, 'tool', t.slug, t.name, null, c.name, c.position, rt.position
              from role_tool rt join tool t on t.id = rt.tool_id join tool_category c on c.id = t.category_id
             where rt.role_id in (:ids)
            union all
            select ri.role_id, 'industry', i.slug, i.name, ri.note, null, 0, ri.position
              from role_industry ri join industry i on i.id = ri.industry_id where ri.role_id in (:ids)
            order by 2, 7, 8""";

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager em, String sql, List<Long> ids) {
        return em.createNativeQuery(sql).setParameter("ids", ids).getResultList();
    }

    private static final class Builder {
        final RoleFacts role;
        final List<String> responsibilities = new ArrayList<>();
        final List<String> education = new ArrayList<>();
        final List<Tip> tips = new ArrayList<>();
        final List<Entry> skills = new ArrayList<>();
        final Map<String, List<Entry>> tools = new LinkedHashMap<>();
        final List<Entry> industries = new ArrayList<>();

        Builder(Role role) {
            this.role = RoleFacts.of(role);
        }

        RoleProfile build() {
            List<ToolGroup> groups = tools.entrySet().stream()
                    .map(e -> new ToolGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
            return new RoleProfile(role, List.copyOf(responsibilities), List.copyOf(education), List.copyOf(tips),
                    List.copyOf(skills), groups, List.copyOf(industries));
        }
    }
}
