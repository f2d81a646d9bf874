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
 * facet counts and pagination. A page costs two statements whatever its size: the page, and the total with
 * the facets.
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
        String order = "featured desc" + (f.q() != null ? ", ts_rank(j.search_vector, " + TS_QUERY + ") desc" : "")
                + ", j.posted_at desc, j.id desc";
        Query query = native_("""
                select j.id, j.title, c.name, j.location, j.remote, array_to_string(j.employment_types, ','),
                       j.experience_level, j.salary_min, j.salary_max, j.currency,
                       to_char(j.posted_at, 'YYYY-MM-DD'), coalesce(j.featured_until >= current_date, false) as featured
                from job j join company c on c.id = j.company_id
                where %s
                order by %s
                limit :limit offset :offset""".formatted(where(f, params), order), params);
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
                limit :limit""".formatted(where(f, params)), params);
        query.setParameter("limit", limit);
        return rows(query).stream().map(JobSearch::listing).toList();
    }

    /** The total and the facet counts of a filter, in one statement. */
    public record Summary(long total, Facets facets) {
    }

    /**
     * The number of matching jobs and the facet counts for role, level, type, remote and currency, in one
     * statement: the jobs matching the search text and salary are read once and grouped by the facet columns,
     * and every count is a sum over those few groups.
     */
    public static Summary summary(JobFilter f) {
        Map<String, Object> params = new HashMap<>();
        String matching = conditions(f, "j", params, Dimension.SALARY, Dimension.QUERY);
        String sql = """
                with m as (
                  select j.role_id, j.experience_level as level, j.employment_types as types, j.remote, j.currency,
                         count(*) as n
                  from job j where %s
                  group by 1, 2, 3, 4, 5
                )
                select 'TOTAL', '', sum(m.n) from m where %s
                union all
                select 'ROLE', r.slug, sum(m.n) from m join role r on r.id = m.role_id where %s group by r.slug
                union all
                select 'LEVEL', m.level, sum(m.n) from m where %s group by m.level
                union all
                select 'TYPE', t.type, sum(m.n) from m cross join lateral unnest(m.types) as t(type) where %s group by t.type
                union all
                select 'REMOTE', 'true', sum(m.n) from m where %s and m.remote
                union all
                select 'CURRENCY', m.currency, sum(m.n) from m where %s and m.currency is not null group by m.currency
                """.formatted(matching, facetConditions(f, null, params), facetConditions(f, Dimension.ROLE, params),
                facetConditions(f, Dimension.LEVEL, params), facetConditions(f, Dimension.TYPE, params),
                facetConditions(f, Dimension.REMOTE, params), facetConditions(f, Dimension.CURRENCY, params));
        long total = 0;
        Map<Dimension, Map<String, Long>> counts = new EnumMap<>(Dimension.class);
        for (Object[] row : rows(native_(sql, params))) {
            long n = row[2] == null ? 0 : ((Number) row[2]).longValue();
            if ("TOTAL".equals(row[0])) {
                total = n;
            } else if (n > 0) {
                counts.computeIfAbsent(Dimension.valueOf((String) row[0]), d -> new LinkedHashMap<>())
                        .put((String) row[1], n);
            }
        }
        return new Summary(total, new Facets(counts));
    }

    /** The SQL condition for the open jobs matching every filter. */
    static String where(JobFilter f, Map<String, Object> params) {
        return conditions(f, "j", params, Dimension.values());
    }

    /** Conditions on the grouped rows {@code m} for the facet dimensions, leaving out {@code except}. */
    private static String facetConditions(JobFilter f, Dimension except, Map<String, Object> params) {
        List<Dimension> dims = new ArrayList<>(List.of(Dimension.ROLE, Dimension.LEVEL, Dimension.TYPE,
                Dimension.REMOTE, Dimension.CURRENCY));
        dims.remove(except);
        String c = conditions(f, "m", params, dims.toArray(Dimension[]::new));
        return c.isEmpty() ? "true" : c;
    }

    /**
     * The SQL conditions of the given dimensions on rows aliased {@code a} ("j" for jobs, where the open-jobs
     * condition is added too); binds the parameters they use. Only fixed SQL text is ever concatenated.
     */
    static String conditions(JobFilter f, String a, Map<String, Object> params, Dimension... dims) {
        List<String> conditions = new ArrayList<>();
        if (a.equals("j")) {
            conditions.add(OPEN);
        }
        for (Dimension d : dims) {
            if (!f.has(d)) {
                continue;
            }
            switch (d) {
                case ROLE -> {
                    conditions.add(a + ".role_id = (select id from role where slug = :role)");
                    params.put("role", f.role());
                }
                case LEVEL -> {
                    conditions.add(a + (a.equals("j") ? ".experience_level" : ".level") + " = :level");
                    params.put("level", f.level().name());
                }
                case TYPE -> {
                    conditions.add(a + (a.equals("j") ? ".employment_types" : ".types")
                            + " @> array[cast(:type as varchar(20))]");
                    params.put("type", f.type().name());
                }
                case REMOTE -> conditions.add(a + ".remote");
                case SALARY -> {
                    conditions.add("coalesce(" + a + ".salary_max, " + a + ".salary_min) >= :salaryMin");
                    params.put("salaryMin", f.salaryMin());
                }
                case CURRENCY -> {
                    conditions.add(a + ".currency = :currency");
                    params.put("currency", f.currency());
                }
                case QUERY -> {
                    conditions.add(a + ".search_vector @@ " + TS_QUERY);
                    params.put("q", f.q());
                }
            }
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
