package careeratlas.jobs;

import careeratlas.platform.ContentChanges;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The search's synonyms and abbreviations (table {@code search_synonym}), read once and kept until edited. */
@ApplicationScoped
public class SearchSynonyms {

    public static final String CACHE = "search-synonyms";

    /** A term and what it stands for. */
    public record Synonym(String term, String expansion) {
    }

    @Inject
    EntityManager em;

    @Inject
    Event<ContentChanges.Changed> changed;

    /**
     * Term to expansion, both lower case, and the other way round for expansions of one or two words ("kubernetes"
     * also finds "k8s"): a search for either finds both.
     */
    @CacheResult(cacheName = CACHE)
    public Map<String, String> all() {
        Map<String, String> map = new LinkedHashMap<>();
        List<Synonym> all = list();
        for (Synonym s : all) {
            map.put(s.term(), s.expansion().toLowerCase(Locale.ROOT));
        }
        for (Synonym s : all) {
            String expansion = s.expansion().toLowerCase(Locale.ROOT);
            if (expansion.split(" ").length <= 2) {
                map.putIfAbsent(expansion, s.term());
            }
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    public List<Synonym> list() {
        List<Object[]> rows = em.createNativeQuery("select term, expansion from search_synonym order by term")
                .getResultList();
        return rows.stream().map(r -> new Synonym((String) r[0], (String) r[1])).toList();
    }

    /** Adds or replaces a synonym; returns the error to show, if any. */
    @Transactional
    public Optional<String> save(String term, String expansion) {
        String t = term == null ? "" : term.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String e = expansion == null ? "" : expansion.strip().replaceAll("\\s+", " ");
        if (!t.matches("[\\p{L}\\p{N}+#.-]{1,30}( [\\p{L}\\p{N}+#.-]{1,30})?") || t.length() > 60) {
            return Optional.of("A term is one or two words of letters, digits, +, #, . or -.");
        }
        int length = e.codePointCount(0, e.length());
        if (length < 2 || length > 200 || e.length() > 200) {
            return Optional.of("Say what the term stands for in 2 to 200 characters.");
        }
        em.createNativeQuery("""
                insert into search_synonym (term, expansion) values (:t, :e)
                on conflict (term) do update set expansion = excluded.expansion""")
                .setParameter("t", t).setParameter("e", e).executeUpdate();
        changed.fire(new ContentChanges.Changed("search_synonym"));
        return Optional.empty();
    }

    @Transactional
    public boolean remove(String term) {
        int removed = em.createNativeQuery("delete from search_synonym where term = :t").setParameter("t", term)
                .executeUpdate();
        changed.fire(new ContentChanges.Changed("search_synonym"));
        return removed > 0;
    }
}
