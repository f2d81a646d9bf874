package careeratlas.catalog;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The skills and tools with what each role asks for, and the editors' career transitions; both kept as records. */
@ApplicationScoped
public class SkillCatalog {

    public static final String VOCABULARY_CACHE = "vocabulary";
    public static final String TRANSITIONS_CACHE = "transitions";

    @Inject
    RoleCatalog catalog;

    @Inject
    EntityManager em;

    /** Five statements: skills, tools, aliases, the roles' skills, the roles' tools. */
    @CacheResult(cacheName = VOCABULARY_CACHE)
    public Vocabulary vocabulary() {
        Map<String, List<String>> skillAliases = aliases("select s.slug, a.alias from skill_alias a join skill s on s.id = a.skill_id order by a.alias");
        Map<String, List<String>> toolAliases = aliases("select t.slug, a.alias from tool_alias a join tool t on t.id = a.tool_id order by a.alias");
        List<Vocabulary.Term> skills = Skill.<Skill>find("order by name").stream()
                .map(s -> new Vocabulary.Term(Vocabulary.Kind.SKILL, s.slug, s.name, s.description, null,
                        skillAliases.getOrDefault(s.slug, List.of()))).toList();
        List<Vocabulary.Term> tools = Tool.<Tool>find("from Tool t join fetch t.category c order by c.position, t.name")
                .stream().map(t -> new Vocabulary.Term(Vocabulary.Kind.TOOL, t.slug, t.name, t.description,
                        t.category.name, toolAliases.getOrDefault(t.slug, List.of()))).toList();

        List<RoleSummary> summaries = catalog.roles();
        List<Role> roles = Role.<Role>list("from Role r join fetch r.family");
        Map<Long, List<Vocabulary.Need>> skillsOf = new HashMap<>();
        for (RoleSkill rs : RoleSkill.forRoles(roles)) {
            List<Vocabulary.Need> list = skillsOf.computeIfAbsent(rs.role.id, id -> new ArrayList<>());
            list.add(new Vocabulary.Need(Vocabulary.Kind.SKILL, rs.skill.slug, rs.skill.name, rs.note, list.size() + 1));
        }
        Map<Long, List<Vocabulary.Need>> toolsOf = new HashMap<>();
        for (RoleTool rt : RoleTool.forRoles(roles)) {
            List<Vocabulary.Need> list = toolsOf.computeIfAbsent(rt.role.id, id -> new ArrayList<>());
            list.add(new Vocabulary.Need(Vocabulary.Kind.TOOL, rt.tool.slug, rt.tool.name, null, list.size() + 1));
        }
        List<Vocabulary.RoleNeeds> needs = summaries.stream().map(r -> new Vocabulary.RoleNeeds(r,
                List.copyOf(skillsOf.getOrDefault(r.id(), List.of())),
                List.copyOf(toolsOf.getOrDefault(r.id(), List.of())))).toList();
        return new Vocabulary(skills, tools, needs);
    }

    /** The editors' transitions, by the name of the role they start from, then of the role they lead to. */
    @CacheResult(cacheName = TRANSITIONS_CACHE)
    public List<TransitionSummary> transitions() {
        return CareerTransition.<CareerTransition>find("from CareerTransition t join fetch t.fromRole f"
                + " join fetch t.toRole o order by f.name, o.name").stream().map(TransitionSummary::of).toList();
    }

    public Optional<TransitionSummary> transition(String fromSlug, String toSlug) {
        return transitions().stream().filter(t -> t.is(fromSlug, toSlug)).findFirst();
    }

    /** The editors' transitions that start from the role. */
    public List<TransitionSummary> transitionsFrom(String slug) {
        return transitions().stream().filter(t -> t.fromSlug().equals(slug)).toList();
    }

    /** The editors' transitions that lead to the role. */
    public List<TransitionSummary> transitionsTo(String slug) {
        return transitions().stream().filter(t -> t.toSlug().equals(slug)).toList();
    }

    private Map<String, List<String>> aliases(String sql) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        for (Object[] r : rows) {
            result.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        result.replaceAll((k, v) -> List.copyOf(v));
        return result;
    }
}
