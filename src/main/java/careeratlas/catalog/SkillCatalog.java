package careeratlas.catalog;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
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

    /**
     * One statement for the skills and tools with their aliases; what each role asks for comes from the role
     * profiles, which role, comparison and transition pages share.
     */
    @CacheResult(cacheName = VOCABULARY_CACHE)
    public Vocabulary vocabulary() {
        List<Vocabulary.Term> skills = new ArrayList<>();
        List<Vocabulary.Term> tools = new ArrayList<>();
        for (Object[] r : terms()) {
            String aliases = (String) r[6];
            List<String> list = aliases == null ? List.of() : List.of(aliases.split(ALIAS_SEPARATOR));
            boolean skill = r[0].equals("skill");
            (skill ? skills : tools).add(new Vocabulary.Term(skill ? Vocabulary.Kind.SKILL : Vocabulary.Kind.TOOL,
                    (String) r[1], (String) r[2], (String) r[3], (String) r[4], list));
        }
        Map<String, RoleProfile> profiles = catalog.profiles();
        List<Vocabulary.RoleNeeds> needs = catalog.roles().stream().map(r -> {
            RoleProfile p = profiles.get(r.slug());
            return new Vocabulary.RoleNeeds(r, needs(Vocabulary.Kind.SKILL, p.skills()),
                    needs(Vocabulary.Kind.TOOL, p.toolList()));
        }).toList();
        return new Vocabulary(List.copyOf(skills), List.copyOf(tools), needs);
    }

    private static List<Vocabulary.Need> needs(Vocabulary.Kind kind, List<RoleProfile.Entry> entries) {
        List<Vocabulary.Need> list = new ArrayList<>();
        for (RoleProfile.Entry e : entries) {
            list.add(new Vocabulary.Need(kind, e.slug(), e.name(), kind == Vocabulary.Kind.SKILL ? e.note() : null,
                    list.size() + 1));
        }
        return List.copyOf(list);
    }

    /** A character no alias contains: joins a term's aliases into one column. */
    private static final String ALIAS_SEPARATOR = "\u001f";

    @SuppressWarnings("unchecked")
    private List<Object[]> terms() {
        return em.createNativeQuery("""
                select 'skill' as kind, s.slug, s.name, s.description, null as category, 0 as category_position,
                       (select string_agg(a.alias, chr(31) order by a.alias) from skill_alias a where a.skill_id = s.id)
                  from skill s
                union all
                select 'tool', t.slug, t.name, t.description, c.name, c.position,
                       (select string_agg(a.alias, chr(31) order by a.alias) from tool_alias a where a.tool_id = t.id)
                  from tool t join tool_category c on c.id = t.category_id
                order by 1, 6, 3""").getResultList();
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
}
