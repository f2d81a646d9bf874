package careeratlas.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every skill and tool with its description and aliases, and what each role asks for, in the role's order. Plain
 * data read in a few statements and kept until the content changes; skill pages, transitions and the fit finder
 * compute from it.
 *
 * <p>A skill is <em>core</em> for a role when it is among the first {@link #CORE_SKILLS} skills the role lists (the
 * editors list a role's skills most important first; the comparison pages call the same four "core skills"). Tools
 * are listed by category, not by importance, so no tool is core: every tool a role uses counts as useful.
 */
public record Vocabulary(List<Term> skills, List<Term> tools, List<RoleNeeds> roles) {

    public static final int CORE_SKILLS = 4;

    public enum Kind { SKILL, TOOL }

    /** A skill or a tool. {@code category} is the tool category, null for skills. */
    public record Term(Kind kind, String slug, String name, String description, String category,
                       List<String> aliases) {
    }

    /** A role asks for a term: {@code rank} is its place (from 1) in the role's list of that kind. */
    public record Need(Kind kind, String slug, String name, String note, int rank) {
        public boolean core() {
            return kind == Kind.SKILL && rank <= CORE_SKILLS;
        }

        public boolean skill() {
            return kind == Kind.SKILL;
        }
    }

    /** One role with the skills and the tools it asks for. */
    public record RoleNeeds(RoleSummary role, List<Need> skills, List<Need> tools) {
        public String slug() {
            return role.slug();
        }
    }

    public List<Term> terms(Kind kind) {
        return kind == Kind.SKILL ? skills : tools;
    }

    public Optional<Term> term(Kind kind, String slug) {
        return terms(kind).stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    public Optional<RoleNeeds> role(String slug) {
        return roles.stream().filter(r -> r.slug().equals(slug)).findFirst();
    }

    /** The roles by slug. */
    public Map<String, RoleNeeds> bySlug() {
        return roles.stream().collect(java.util.stream.Collectors.toMap(RoleNeeds::slug, r -> r));
    }
}
