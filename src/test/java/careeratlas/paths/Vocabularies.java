package careeratlas.paths;

import careeratlas.catalog.RoleSummary;
import careeratlas.catalog.Vocabulary;
import careeratlas.catalog.Vocabulary.Kind;
import careeratlas.catalog.Vocabulary.Need;
import careeratlas.catalog.Vocabulary.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Small hand-made vocabularies for the unit tests. */
final class Vocabularies {

    private Vocabularies() {
    }

    static RoleSummary role(long id, String slug) {
        return new RoleSummary(id, slug, Character.toUpperCase(slug.charAt(0)) + slug.substring(1), "", "f", "F");
    }

    /** A role asking for the given skills (in order, so the first four are core) and tools. */
    static Vocabulary.RoleNeeds needs(RoleSummary role, List<String> skills, List<String> tools) {
        return new Vocabulary.RoleNeeds(role,
                IntStream.range(0, skills.size()).mapToObj(i -> new Need(Kind.SKILL, skills.get(i), skills.get(i), null, i + 1)).toList(),
                IntStream.range(0, tools.size()).mapToObj(i -> new Need(Kind.TOOL, tools.get(i), tools.get(i), null, i + 1)).toList());
    }

    static Vocabulary of(List<Vocabulary.RoleNeeds> roles) {
        List<Term> skills = new ArrayList<>();
        List<Term> tools = new ArrayList<>();
        roles.forEach(r -> {
            r.skills().forEach(n -> { if (skills.stream().noneMatch(t -> t.slug().equals(n.slug()))) skills.add(new Term(Kind.SKILL, n.slug(), n.name(), "", null, List.of())); });
            r.tools().forEach(n -> { if (tools.stream().noneMatch(t -> t.slug().equals(n.slug()))) tools.add(new Term(Kind.TOOL, n.slug(), n.name(), "", "Cat", List.of())); });
        });
        return new Vocabulary(skills, tools, roles);
    }
}
