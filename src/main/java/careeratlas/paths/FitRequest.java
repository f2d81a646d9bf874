package careeratlas.paths;

import careeratlas.catalog.RoleSummary;
import careeratlas.catalog.Vocabulary;
import careeratlas.catalog.Vocabulary.Kind;
import careeratlas.catalog.Vocabulary.Term;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the reader ticked on the fit form: only the slugs of skills, tools and roles we list are kept, so nothing
 * else (NUL bytes, long values, made-up names) goes further; {@code ignored} counts the values dropped.
 */
public record FitRequest(Set<String> skills, Set<String> tools, RoleSummary from, int ignored) {

    static FitRequest of(Vocabulary vocabulary, List<String> skillParams, List<String> toolParams, String fromParam) {
        int[] ignored = {0};
        Set<String> skills = known(vocabulary, Kind.SKILL, skillParams, ignored);
        Set<String> tools = known(vocabulary, Kind.TOOL, toolParams, ignored);
        RoleSummary from = null;
        if (fromParam != null && !fromParam.isBlank()) {
            from = vocabulary.roles().stream().map(Vocabulary.RoleNeeds::role).filter(r -> r.slug().equals(fromParam))
                    .findFirst().orElse(null);
            if (from == null) {
                ignored[0]++;
            }
        }
        return new FitRequest(skills, tools, from, ignored[0]);
    }

    private static Set<String> known(Vocabulary vocabulary, Kind kind, List<String> params, int[] ignored) {
        Set<String> slugs = vocabulary.terms(kind).stream().map(Term::slug).collect(Collectors.toSet());
        Set<String> result = new LinkedHashSet<>();
        for (String p : params == null ? List.<String>of() : params) {
            if (p != null && slugs.contains(p)) {
                result.add(p);
            } else if (p != null && !p.isEmpty()) {
                ignored[0]++;
            }
        }
        return Set.copyOf(result);
    }

    /** Nothing ticked and no role chosen: the form alone. */
    public boolean isEmpty() {
        return skills.isEmpty() && tools.isEmpty() && from == null;
    }
}
