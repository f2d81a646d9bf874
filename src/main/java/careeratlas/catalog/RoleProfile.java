package careeratlas.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything a page shows about a role, read with one query per section for any number of roles (no N+1).
 */
public record RoleProfile(Role role, List<String> responsibilities, List<String> education, List<Tip> tips,
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
        return role.slug;
    }

    public String name() {
        return role.name;
    }

    /** Loads the profiles of the given roles, in the given order: one query per section. */
    static List<RoleProfile> load(List<Role> roles) {
        Map<Long, Builder> builders = new LinkedHashMap<>();
        roles.forEach(r -> builders.put(r.id, new Builder(r)));
        Function<Role, Builder> of = r -> builders.get(r.id);

        for (RoleItem item : RoleItem.forRoles(roles)) {
            Builder b = of.apply(item.role);
            (item.section == RoleItem.Section.RESPONSIBILITY ? b.responsibilities : b.education).add(item.body);
        }
        for (RoleTip tip : RoleTip.forRoles(roles)) {
            of.apply(tip.role).tips.add(new Tip(tip.position, tip.title, tip.body));
        }
        for (RoleSkill rs : RoleSkill.forRoles(roles)) {
            of.apply(rs.role).skills.add(new Entry(rs.skill.slug, rs.skill.name, rs.note));
        }
        for (RoleTool rt : RoleTool.forRoles(roles)) {
            Builder b = of.apply(rt.role);
            b.tools.computeIfAbsent(rt.tool.category.name, c -> new ArrayList<>())
                    .add(new Entry(rt.tool.slug, rt.tool.name, null));
        }
        for (RoleIndustry ri : RoleIndustry.forRoles(roles)) {
            of.apply(ri.role).industries.add(new Entry(ri.industry.slug, ri.industry.name, ri.note));
        }
        return builders.values().stream().map(Builder::build).toList();
    }

    private static final class Builder {
        final Role role;
        final List<String> responsibilities = new ArrayList<>();
        final List<String> education = new ArrayList<>();
        final List<Tip> tips = new ArrayList<>();
        final List<Entry> skills = new ArrayList<>();
        final Map<String, List<Entry>> tools = new LinkedHashMap<>();
        final List<Entry> industries = new ArrayList<>();

        Builder(Role role) {
            this.role = role;
        }

        RoleProfile build() {
            List<ToolGroup> groups = tools.entrySet().stream()
                    .map(e -> new ToolGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
            return new RoleProfile(role, List.copyOf(responsibilities), List.copyOf(education), List.copyOf(tips),
                    List.copyOf(skills), groups, List.copyOf(industries));
        }
    }
}
