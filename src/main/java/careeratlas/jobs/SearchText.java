package careeratlas.jobs;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The board's search text as a PostgreSQL text query: each word, or two-word term with a synonym ("ml", "data
 * eng"), matches itself or what it stands for; the last word also matches as a prefix ("eng" finds "engineer"
 * while the reader is still typing). Text with search operators (quotes, {@code or}, a leading {@code -}) is handed
 * to {@code websearch_to_tsquery} as it is. Only bound parameters reach SQL.
 */
record SearchText(String text, List<Group> groups) {

    /** One word or term of the text, with its synonym's expansion if it has one. */
    record Group(String words, String expansion, boolean prefix) {
    }

    private static final Pattern OPERATORS = Pattern.compile("\"|(^|\\s)-\\S|(^|\\s)or(\\s|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}+#.]*");

    static SearchText of(String text, Map<String, String> synonyms) {
        if (OPERATORS.matcher(text).find()) {
            return new SearchText(text, List.of());
        }
        List<String> words = new ArrayList<>();
        var m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group().replaceAll("[.]+$", ""));
        }
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String pair = i + 1 < words.size() ? words.get(i) + " " + words.get(i + 1) : null;
            if (pair != null && synonyms.containsKey(pair)) {
                boolean last = i + 1 == words.size() - 1;
                groups.add(new Group(pair, synonyms.get(pair), last && pair.matches("[\\p{L}\\p{N}]+ [\\p{L}\\p{N}]{2,}")));
                i++;
            } else {
                String w = words.get(i);
                boolean last = i == words.size() - 1;
                groups.add(new Group(w, synonyms.get(w), last && w.matches("[\\p{L}\\p{N}]{2,}")));
            }
        }
        return new SearchText(text, List.copyOf(groups));
    }

    /** The tsquery expression; binds its parameters as {@code sq0}, {@code sq1}, ... into {@code params}. */
    String sql(Map<String, Object> params) {
        if (groups.isEmpty()) {
            params.put("sq", text);
            return "websearch_to_tsquery('career_search', :sq)";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            StringBuilder part = new StringBuilder("(phraseto_tsquery('career_search', :sq" + i + ")");
            params.put("sq" + i, g.words());
            if (g.expansion() != null) {
                part.append(" || phraseto_tsquery('career_search', :sx").append(i).append(')');
                params.put("sx" + i, g.expansion());
            }
            if (g.prefix()) {
                part.append(" || to_tsquery('career_search', :sp").append(i).append(')');
                params.put("sp" + i, g.words().replace(" ", " <-> ") + ":*");
            }
            parts.add(part.append(')').toString());
        }
        return "(" + String.join(" && ", parts) + ")";
    }
}
