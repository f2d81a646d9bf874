package careeratlas.skills;

import careeratlas.catalog.Vocabulary;
import careeratlas.catalog.Vocabulary.Kind;
import careeratlas.catalog.Vocabulary.Term;
import careeratlas.sidebar.FeaturedJob;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every skill (or every tool, by category) with how many roles ask for it. */
public record TermIndex(Kind kind, List<Group> groups, List<FeaturedJob> featured) {

    public record Group(String name, List<Entry> entries) {
    }

    public record Entry(Term term, int roles, int core) {
    }

    /** How many of a role's first skills count as core. */
    public int coreSkills() {
        return Vocabulary.CORE_SKILLS;
    }

    public boolean skills() {
        return kind == Kind.SKILL;
    }

    static List<Group> groups(Vocabulary vocabulary, Kind kind) {
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        for (Term t : vocabulary.terms(kind)) {
            List<TermPage.RoleUse> uses = TermPage.uses(vocabulary, t, Map.of());
            groups.computeIfAbsent(kind == Kind.SKILL ? "Skills" : t.category(), g -> new ArrayList<>())
                    .add(new Entry(t, uses.size(), (int) uses.stream().filter(TermPage.RoleUse::core).count()));
        }
        return groups.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}
