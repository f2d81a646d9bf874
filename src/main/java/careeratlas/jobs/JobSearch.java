package careeratlas.jobs;

import careeratlas.jobs.JobFilter.Dimension;
import careeratlas.web.Dates;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The job board's queries, done in PostgreSQL: filters, full-text search (ranked, accent- and case-insensitive),
 * facet counts and pagination. A page costs three statements whatever its size: the page, the total and the
 * facets.
 */
public final class JobSearch {

    public static final int PAGE_SIZE = 20;
    static final String OPEN = "j.status = 'PUBLISHED' and j.expires_on >= current_date";
    static final String TS_QUERY = "websearch_to_tsquery('career_search', :q)";

    /** Counts per option of each filter, each computed with all the other filters applied. */
    public record Facets(Map<Dimension, Map<String, Long>> counts) {
        public long count(Dimension d, String value) {
            return counts.getOrDefault(d, Map.of()).getOrDefault(value, 0L);
        }
    }

    private JobSearch() {
    }

    /** One page of open jobs: featured first, then by relevance when searching, then newest. */
    public static List<JobListing> page(JobFilter f, int pageSize) {
        Map<String, Object> params = new HashMap<>();
        String order = "featured desc" + (f.q() != null ? ", ts_rank_cd(j.search_vector, " + TS_QUERY + ") desc" : "")
                + ", j.posted_at desc, j.id desc";
        Query query = native_("""
                select j.id, j.title, c.name, j.location, j.remote, array_to_string(j.employment_types, ','),
                       j.experience_level, j.salary_min, j.salary_max, j.currency,
                       to_char(j.posted_at, 'YYYY-MM-DD'), coalesce(j.featured_until >= current_date, false) as featured
                from job j join company c on c.id = j.company_id
                where %s
                order by %s
                limit :limit offset :offset""".formatted(where(f, null, params), order), params);
        query.setParameter("limit", pageSize);
        query.setParameter("offset", (long) (f.page() - 1) * pageSize);
        return rows(query).stream().map(JobSearch::listing).toList();
    }

    /** The newest open jobs for the feed, without pinning. */
    public static List<JobListing> newest(JobFilter f, int limit) {
        Map<String, Object> params = new HashMap<>();
        Query query = native_("""
                select j.id, j.title, c.name, j.location, j.remote, array_to_string(j.employment_types, ','),
                       j.experience_level, j.salary_min, j.salary_max, j.currency,
                       to_char(j.posted_at, 'YYYY-MM-DD'), false
                from job j join company c on c.id = j.company_id
                where %s
                order by j.posted_at desc, j.id desc
                limit :limit""".formatted(where(f, null, params)), params);
        query.setParameter("limit", limit);
        return rows(query).stream().map(JobSearch::listing).toList();
    }

    public static long count(JobFilter f) {
        Map<String, Object> params = new HashMap<>();
        Query query = native_("select count(*) from job j where " + where(f, null, params), params);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Facet counts for role, level, type, remote and currency in one statement. */
    public static Facets facets(JobFilter f) {
        Map<String, Object> params = new HashMap<>();
        String sql = """
                select 'ROLE', r.slug, count(*) from job j join role r on r.id = j.role_id where %s group by r.slug
                union all
                select 'LEVEL', j.experience_level, count(*) from job j where %s group by j.experience_level
                union all
                select 'TYPE', t.type, count(*) from job j cross join lateral unnest(j.employment_types) as t(type)
                  where %s group by t.type
                union all
                select 'REMOTE', 'true', count(*) from job j where %s and j.remote
                union all
                select 'CURRENCY', j.currency, count(*) from job j where %s and j.currency is not null group by j.currency
                """.formatted(where(f, Dimension.ROLE, params), where(f, Dimension.LEVEL, params),
                where(f, Dimension.TYPE, params), where(f, Dimension.REMOTE, params),
                where(f, Dimension.CURRENCY, params));
        Map<Dimension, Map<String, Long>> counts = new EnumMap<>(Dimension.class);
        for (Object[] row : rows(native_(sql, params))) {
            counts.computeIfAbsent(Dimension.valueOf((String) row[0]), d -> new LinkedHashMap<>())
                    .put((String) row[1], ((Number) row[2]).longValue());
        }
        return new Facets(counts);
    }

    /** The SQL condition for the open jobs matching every filter but {@code except}; binds what it uses. */
    static String where(JobFilter f, Dimension except, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>(List.of(OPEN));
        if (f.role() != null && except != Dimension.ROLE) {
            conditions.add("j.role_id = (select id from role where slug = :role)");
            params.put("role", f.role());
        }
        if (f.level() != null && except != Dimension.LEVEL) {
            conditions.add("j.experience_level = :level");
            params.put("level", f.level().name());
        }
        if (f.type() != null && except != Dimension.TYPE) {
            conditions.add("j.employment_types @> array[cast(:type as varchar(20))]");
            params.put("type", f.type().name());
        }
        if (f.remote() && except != Dimension.REMOTE) {
            conditions.add("j.remote");
        }
        if (f.salaryMin() != null && except != Dimension.SALARY) {
            conditions.add("coalesce(j.salary_max, j.salary_min) >= :salaryMin");
            params.put("salaryMin", f.salaryMin());
        }
        if (f.currency() != null && except != Dimension.CURRENCY) {
            conditions.add("j.currency = :currency");
            params.put("currency", f.currency());
        }
        if (f.q() != null && except != Dimension.QUERY) {
            conditions.add("j.search_vector @@ " + TS_QUERY);
            params.put("q", f.q());
        }
        return String.join(" and ", conditions);
    }

    private static Query native_(String sql, Map<String, Object> params) {
        Query query = Panache.getEntityManager().createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static JobListing listing(Object[] r) {
        LocalDate posted = LocalDate.parse((String) r[10]);
        JobCard card = JobCard.of(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                ((String) r[5]).split(","), ExperienceLevel.valueOf((String) r[6]), (String) r[9],
                (Integer) r[7], (Integer) r[8]);
        return new JobListing(card, (Boolean) r[11], (Boolean) r[4], Dates.ago(posted, LocalDate.now()),
                Dates.display(posted), posted.toString());
    }
}
