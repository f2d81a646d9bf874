package careeratlas.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the skills and tools a text names, by their names and aliases ("Postgres" is PostgreSQL, "sklearn" is
 * scikit-learn), as whole words: "R" is found in "R and Python", not in "Rust" or "our". Names of three characters
 * or fewer ("R", "SQL", "dbt") are matched as written or in capitals, longer ones in any case; where two names
 * overlap, the longer wins ("Spark SQL" before "Spark"). Built once per vocabulary and kept with it.
 */
public final class TermFinder {

    /** A term found at {@code [start, end)} of the text. */
    public record Match(int start, int end, Vocabulary.Term term) {
    }

    private static final int SHORT = 3;
    private static final String BEFORE = "(?<![\\p{L}\\p{N}_+#@/-])";
    private static final String AFTER = "(?![\\p{L}\\p{N}_+#-]|\\.[\\p{L}\\p{N}])";

    private final Pattern pattern;
    private final Map<String, Vocabulary.Term> byForm;

    private TermFinder(Pattern pattern, Map<String, Vocabulary.Term> byForm) {
        this.pattern = pattern;
        this.byForm = byForm;
    }

    public static TermFinder of(Vocabulary vocabulary) {
        Map<String, Vocabulary.Term> byForm = new HashMap<>();
        Map<String, String> alternatives = new LinkedHashMap<>();
        List<Vocabulary.Term> terms = new ArrayList<>(vocabulary.skills());
        terms.addAll(vocabulary.tools());
        for (Vocabulary.Term term : terms) {
            List<String> forms = new ArrayList<>(term.aliases());
            forms.add(0, term.name());
            for (String form : forms) {
                String key = form.toLowerCase(Locale.ROOT);
                if (form.isBlank() || byForm.putIfAbsent(key, term) != null) {
                    continue; // the first term to claim a form keeps it
                }
                String quoted = Pattern.quote(form);
                alternatives.put(key, form.length() <= SHORT
                        ? "(?:" + quoted + "|" + Pattern.quote(form.toUpperCase(Locale.ROOT)) + ")"
                        : "(?iu:" + quoted + ")");
            }
        }
        String alternation = alternatives.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()))
                .map(Map.Entry::getValue).reduce((a, b) -> a + "|" + b).orElse("(?!)");
        return new TermFinder(Pattern.compile(BEFORE + "(?:" + alternation + ")" + AFTER), Map.copyOf(byForm));
    }

    /** Every term named in the text, in the order they appear, each occurrence once. */
    public List<Match> find(String text) {
        List<Match> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Vocabulary.Term term = byForm.get(m.group().toLowerCase(Locale.ROOT));
            if (term != null) {
                found.add(new Match(m.start(), m.end(), term));
            }
        }
        return found;
    }
}
