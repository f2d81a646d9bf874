package careeratlas.jobs;

import careeratlas.jobs.JobFilter.Dimension;
import careeratlas.platform.Dates;
import careeratlas.platform.PayPeriod;
import careeratlas.platform.SalaryRanges;
import careeratlas.catalog.ExperienceLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
@ApplicationScoped
public class JobQueries {

    public static final int PAGE_SIZE = 20;
    static final String OPEN = "j.status = 'PUBLISHED' and j.expires_on >= :today";
    /** A job in the country, or a remote job open to the country's residents. */
    static final String IN_COUNTRY = "(j.country = :country or j.remote_countries @> array[cast(:country as varchar(2))])";
    /** Marks around matched words in ts_headline output (private-use characters, escaped before use). */
    static final char MARK_START = '\uE000';
    static final char MARK_END = '\uE001';
    static final String HEADLINE = "StartSel=\uE000, StopSel=\uE001, HighlightAll=true";
    static final String SNIPPET = "StartSel=\uE000, StopSel=\uE001, MaxWords=26, MinWords=12, MaxFragments=1, FragmentDelimiter=\" … \"";

    /** Counts per option of each filter, each computed with all the other filters applied. */
    public record Facets(Map<Dimension, Map<String, Long>> counts, Map<Dimension, Map<String, String>> names) {
        public long count(Dimension d, String value) {
            return counts.getOrDefault(d, Map.of()).getOrDefault(value, 0L);
        }

        /** The names of the skills or tools counted, by slug, in name order. */
        public Map<String, String> names(Dimension d) {
            return names.getOrDefault(d, Map.of());
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SearchSynonyms synonyms;

    @Inject
    ExchangeRates exchangeRates;

    /** A job's pay as a yearly amount: its highest figure times the periods in a year (its own currency). */
    static final String YEARLY_PAY = "cast(coalesce(%1$s.salary_max, %1$s.salary_min) as numeric) * "
            + PayPeriod.perYearSql("%1$s.salary_period");
    /** The newest exchange rate of a currency: units of it for 1 euro. */
    static final String RATE = "(select r.per_euro from exchange_rate r where r.currency = %s order by r.rate_date desc limit 1)";

    /**
     * The columns of a job listing, read by {@link #listing}; the {@code %s} are the "featured" expression, the
     * marked title, the description snippet and the listing's segment of the board order.
     */
    static final String LISTING_COLUMNS = """
            j.id, j.title, c.name, j.location, j.remote, array_to_string(j.employment_types, ','),
            j.experience_level, j.salary_min, j.salary_max, j.currency, to_char(j.posted_at, 'YYYY-MM-DD'), %s,
            %s, %s, j.salary_period, %s, cast(extract(epoch from j.posted_at) * 1000000 as bigint)
            """;

    /**
     * The board's statements are cancelled after this long: a plan gone wrong must not keep running (and holding a
     * core) after its request was answered 503.
     */
    static final int STATEMENT_TIMEOUT_MS = 5_000;

    /** A job is featured until the end of its featured_until day. */
    static final String FEATURED = "j.featured_until >= :today";
    static final String NOT_FEATURED = "(j.featured_until is null or j.featured_until < :today)";

    /** One page of the board, and whether the list goes on in the direction it was read. */
    public record Slice(List<JobListing> jobs, boolean more) {
    }

    /**
     * One page of open jobs in the board's order: featured jobs, then (when searching) jobs whose title matches,
     * then the others, newest first in each segment ({@link JobCursor}). Read by keyset from the filter's cursor, so
     * a deep page costs what the first one does: each segment is its own small query that an index on
     * {@code (posted_at desc, id desc)} answers from the cursor on, and only the page's rows are joined and
     * highlighted. An old {@code ?page=N} link skips rows instead (up to {@link JobFilter#MAX_PAGE}).
     */
    public Slice page(JobFilter f, int pageSize) {
        return page(f, pageSize, null);
    }

    /**
     * How each segment of {@link #page} is read, from the (estimated) counts of the list: a segment with many
     * matches walks the {@code (posted_at desc, id desc)} index from the cursor and stops at the page's end; one
     * with few reads its matches through the filters' own indexes and sorts them. Walking the index for a rare
     * match reads every open job (a search for a word no title has took 7 s at a million jobs), and sorting a
     * common match sorts all of it, so the choice is made from the counts, not left to the planner's estimates.
     *
     * @param walked  the open jobs an index walk passes by
     * @param matches the jobs of each segment: featured, title matches, the others
     */
    public record Density(long walked, long[] matches) {

        /** Segments with at least sqrt(21 x walked) matches are walked in order; others are sorted. */
        boolean walk(int segment) {
            return matches[segment] * matches[segment] >= 21.0 * walked;
        }
    }

    /** {@link #page}, each segment read as the list's counts say is cheapest ({@code density} null: let PostgreSQL choose). */
    public Slice page(JobFilter f, int pageSize, Density density) {
        Map<String, Object> params = new HashMap<>();
        String where = where(f, params);
        // A title match is a match: the title segment leaves the whole-text condition out, so PostgreSQL does not
        // read the (much longer) list of every job containing the words to intersect it with the title's.
        String whereButText = conditions(f, "j", params, java.util.Arrays.stream(Dimension.values())
                .filter(d -> d != Dimension.QUERY).toArray(Dimension[]::new));
        String ts = f.q() != null ? tsQuery(f, params) : null;
        JobCursor cursor = f.cursor();
        boolean backwards = cursor != null && cursor.before();
        long offset = cursor == null ? (long) (f.page() - 1) * pageSize : 0;
        String dir = backwards ? "asc" : "desc";
        List<String> segments = new ArrayList<>();
        for (int seg = 0; seg < JobCursor.SEGMENTS; seg++) {
            if ((seg == 1 && ts == null)
                    || (cursor != null && (backwards ? seg > cursor.segment() : seg < cursor.segment()))) {
                continue;
            }
            String condition = switch (seg) {
                case 0 -> FEATURED;
                case 1 -> NOT_FEATURED + " and j.title_vector @@ " + ts;
                default -> NOT_FEATURED + (ts != null ? " and not (j.title_vector @@ " + ts + ")" : "");
            };
            if (cursor != null && seg == cursor.segment()) {
                condition += " and (j.posted_at, j.id) " + (backwards ? ">" : "<") + " (:atPosted, :atId)";
                params.put("atPosted", java.time.OffsetDateTime.ofInstant(cursor.postedAt(), java.time.ZoneOffset.UTC));
                params.put("atId", cursor.id());
            }
            // "+ interval '0'" hides the order from the index, so the matches are found through the other indexes.
            String order = density == null || density.walk(seg) ? "j.posted_at" : "(j.posted_at + interval '0')";
            segments.add("(select j.id, %d as seg from job j where %s and %s order by %s %s, j.id %s limit :inner)"
                    .formatted(seg, seg == 1 ? whereButText : where, condition, order, dir, dir));
        }
        String title = ts != null ? "ts_headline('career_search', j.title, " + ts + ", '" + HEADLINE + "')" : "null";
        String snippet = ts != null ? "ts_headline('career_search', j.description, " + ts + ", '" + SNIPPET + "')" : "null";
        Query query = native_("""
                select %s
                from (%s) p join job j on j.id = p.id join company c on c.id = j.company_id
                order by p.seg %s, j.posted_at %s, j.id %s
                limit :limit offset :offset""".formatted(LISTING_COLUMNS.formatted("p.seg = 0", title, snippet, "p.seg"),
                        String.join(" union all ", segments), backwards ? "desc" : "asc", dir, dir), params);
        query.setParameter("limit", pageSize + 1);
        query.setParameter("inner", offset + pageSize + 1);
        query.setHint("jakarta.persistence.query.timeout", STATEMENT_TIMEOUT_MS);
        query.setParameter("offset", offset);
        ExchangeRates.Rates rates = f.comparisonCurrency() == null ? null : exchangeRates.latest();
        List<JobListing> rows = new ArrayList<>(rows(query).stream()
                .map(r -> listing(r, f.comparisonCurrency(), rates)).toList());
        boolean more = rows.size() > pageSize;
        if (more) {
            rows.remove(rows.size() - 1);
        }
        if (backwards) {
            java.util.Collections.reverse(rows);
        }
        return new Slice(List.copyOf(rows), more);
    }

    /** The newest open jobs for the feed, without pinning. */
    public List<JobListing> newest(JobFilter f, int limit) {
        Map<String, Object> params = new HashMap<>();
        Query query = native_("""
                select %s
                from job j join company c on c.id = j.company_id
                where %s
                order by j.posted_at desc, j.id desc
                limit :limit""".formatted(LISTING_COLUMNS.formatted("false", "null", "null", "2"), where(f, params)), params);
        query.setParameter("limit", limit);
        return rows(query).stream().map(r -> listing(r, null, null)).toList();
    }

    /** Some of the jobs published in a time window, and how many there are in all. */
    public record Published(List<JobListing> jobs, long total) {
    }

    /**
     * The open jobs matching a filter (the board's own conditions) whose publication time is after {@code from} and
     * not after {@code to}, newest first, at most {@code limit}, with the number of all of them.
     */
    public Published publishedBetween(JobFilter f, java.time.OffsetDateTime from, java.time.OffsetDateTime to, int limit) {
        Map<String, Object> params = new HashMap<>();
        Query query = native_("""
                select %s, count(*) over ()
                from job j join company c on c.id = j.company_id
                where %s and j.posted_at > :from and j.posted_at <= :to
                order by j.posted_at desc, j.id desc
                limit :limit""".formatted(LISTING_COLUMNS.formatted("false", "null", "null", "2"), where(f, params)), params);
        query.setParameter("from", from);
        query.setParameter("to", to);
        query.setParameter("limit", limit);
        List<Object[]> rows = rows(query);
        long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[17]).longValue();
        return new Published(rows.stream().map(r -> listing(r, null, null)).toList(), total);
    }

    /**
     * The total and the facet counts of a filter, in one statement; {@code estimated} when they were counted on a
     * sample of the jobs and scaled up.
     */
    public record Summary(long total, Facets facets, boolean estimated, long featured, long titleMatches) {

        /** How the page's segments are best read ({@link Density}), with {@code open} jobs in all. */
        public Density density(long open) {
            return new Density(open, new long[] {featured, titleMatches, Math.max(0, total - featured - titleMatches)});
        }
    }

    /** Every job: counts are exact. */
    public static final int ALL = 1000;

    /**
     * The number of matching jobs and the facet counts for role, level, type, remote, hybrid, country, skill and
     * tool, in one statement: the jobs matching the search text and pay are read once ({@code b}) and grouped by
     * the facet columns ({@code m}, with whether they carry the chosen skill and tool and are open to the chosen
     * country), and every count but the skill and tool ones is a sum over those few groups. A job has many skills
     * and tools, so those two facets unnest the copies of its tags that the job row carries (V88). The country
     * facet sums its groups per country code first and joins the countries' names once, not once per group.
     * <p>
     * It also counts the featured jobs and the title matches among them, for {@link Density}.
     * <p>
     * With {@code perMille} below {@link #ALL}, only the jobs whose random {@code sample} bucket is below it are
     * counted (a uniform sample of that many per mille of the jobs) and every count is scaled up: an estimate.
     */
    public Summary summary(JobFilter f, int perMille) {
        Map<String, Object> params = new HashMap<>();
        String matching = counted(f, perMille, params);
        // The job's copy of its tags (V88): a containment test on the row instead of a lookup per job.
        String hasSkill = "true";
        if (f.skill() != null) {
            hasSkill = "j.skill_ids @> array[(select id from skill where slug = :skill)]";
            params.put("skill", f.skill());
        }
        String hasTool = "true";
        if (f.tool() != null) {
            hasTool = "j.tool_ids @> array[(select id from tool where slug = :tool)]";
            params.put("tool", f.tool());
        }
        String inCountry = "true";
        if (f.country() != null) {
            inCountry = IN_COUNTRY;
            params.put("country", f.country());
        }
        String titleHit = f.q() == null ? "false" : "j.title_vector @@ " + tsQuery(f, params);
        String sql = """
                with b as materialized (
                  select j.skill_ids, j.tool_ids, j.role_id, j.experience_level as level, j.employment_types as types, j.remote,
                         %s as has_skill, %s as has_tool, %s as in_country, j.remote_policy = 'HYBRID' as hybrid,
                         coalesce(j.featured_until >= :today, false) as featured, %s as title_hit,
                         case when j.country is null or j.country = any(j.remote_countries) then j.remote_countries
                              else j.remote_countries || j.country end as countries
                  from job j where %s
                ), m as (
                  select b.role_id, b.level, b.types, b.remote, b.has_skill, b.has_tool, b.in_country, b.hybrid,
                         b.countries, b.featured, b.title_hit, count(*) as n
                  from b group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
                )
                select 'TOTAL', '', sum(m.n), null from m where %s
                union all
                select 'FEATURED', '', sum(m.n), null from m where %s and m.featured
                union all
                select 'TITLE', '', sum(m.n), null from m where %s and m.title_hit and not m.featured
                union all
                select 'ROLE', r.slug, sum(m.n), null from m join role r on r.id = m.role_id where %s group by r.slug
                union all
                select 'LEVEL', m.level, sum(m.n), null from m where %s group by m.level
                union all
                select 'TYPE', t.type, sum(m.n), null from m cross join lateral unnest(m.types) as t(type) where %s group by t.type
                union all
                select 'REMOTE', 'true', sum(m.n), null from m where %s and m.remote
                union all
                select 'SKILL', s.slug, x.n, s.name from (select x.id, count(*) as n from b
                  cross join lateral unnest(b.skill_ids) as x(id) where %s group by x.id) x join skill s on s.id = x.id
                union all
                select 'TOOL', t.slug, x.n, t.name from (select x.id, count(*) as n from b
                  cross join lateral unnest(b.tool_ids) as x(id) where %s group by x.id) x join tool t on t.id = x.id
                union all
                select 'HYBRID', 'true', sum(m.n), null from m where %s and m.hybrid
                union all
                select 'COUNTRY', c.code, x.n, c.name from (select x.code, sum(m.n) as n from m
                  cross join lateral unnest(m.countries) as x(code) where %s group by x.code) x join country c on c.code = x.code
                """.formatted(hasSkill, hasTool, inCountry, titleHit, matching, facetConditions(f, null, params, "m"),
                facetConditions(f, null, params, "m"), facetConditions(f, null, params, "m"),
                facetConditions(f, Dimension.ROLE, params, "m"), facetConditions(f, Dimension.LEVEL, params, "m"),
                facetConditions(f, Dimension.TYPE, params, "m"), facetConditions(f, Dimension.REMOTE, params, "m"),
                facetConditions(f, Dimension.SKILL, params, "b"), facetConditions(f, Dimension.TOOL, params, "b"),
                facetConditions(f, Dimension.HYBRID, params, "m"), facetConditions(f, Dimension.COUNTRY, params, "m"));
        double scale = (double) ALL / perMille;
        long total = 0;
        long featured = 0;
        long titles = 0;
        Map<Dimension, Map<String, Long>> counts = new EnumMap<>(Dimension.class);
        Map<Dimension, Map<String, String>> names = new EnumMap<>(Dimension.class);
        Query query = native_(sql, params);
        query.setHint("jakarta.persistence.query.timeout", STATEMENT_TIMEOUT_MS);
        for (Object[] row : rows(query)) {
            long n = row[2] == null ? 0 : Math.round(((Number) row[2]).longValue() * scale);
            if ("TOTAL".equals(row[0])) {
                total = n;
            } else if ("FEATURED".equals(row[0])) {
                featured = n;
            } else if ("TITLE".equals(row[0])) {
                titles = n;
            } else if (n > 0) {
                Dimension d = Dimension.valueOf((String) row[0]);
                counts.computeIfAbsent(d, x -> new LinkedHashMap<>()).put((String) row[1], n);
                if (row[3] != null) {
                    names.computeIfAbsent(d, x -> new java.util.TreeMap<>()).put((String) row[1], (String) row[3]);
                }
            }
        }
        return new Summary(total, new Facets(counts, names), perMille < ALL, featured, titles);
    }

    private static final java.util.regex.Pattern PLAN_ROWS = java.util.regex.Pattern.compile("rows=([0-9]+)");

    /**
     * PostgreSQL's estimate of the open jobs matching the filter's search text and salary (the rows an exact
     * {@link #summary} reads), from the query plan: nothing is read.
     */
    public long estimatedMatches(JobFilter f) {
        Map<String, Object> params = new HashMap<>();
        List<?> plan = native_("explain select 1 from job j where "
                + conditions(f, "j", params, Dimension.SALARY, Dimension.LISTED, Dimension.QUERY), params).getResultList();
        java.util.regex.Matcher m = PLAN_ROWS.matcher(plan.isEmpty() ? "" : String.valueOf(plan.get(0)));
        return m.find() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
    }

    /** How many jobs are open. */
    public long openTotal() {
        Map<String, Object> params = new HashMap<>();
        return ((Number) native_("select count(*) from job j where " + where(JobFilter.NONE, params), params)
                .getSingleResult()).longValue();
    }

    /** "The job {@code a} carries the filter's skill (or tool)". */
    private static String tagged(Dimension d, String a, JobFilter f, Map<String, Object> params) {
        if (d == Dimension.SKILL) {
            params.put("skill", f.skill());
            return "exists (select 1 from job_skill js where js.job_id = " + a
                    + ".id and js.skill_id = (select id from skill where slug = :skill))";
        }
        params.put("tool", f.tool());
        return "exists (select 1 from job_tool jt where jt.job_id = " + a
                + ".id and jt.tool_id = (select id from tool where slug = :tool))";
    }

    /**
     * The condition for the jobs {@link #summary} reads and groups: the open jobs matching the search text and pay,
     * and below {@link #ALL} only those in the sample. A sample of at most 100 per mille reads its search text in a
     * GIN index of that sample alone (V91), so a common word costs its postings in the sample, not in every job.
     */
    String counted(JobFilter f, int perMille, Map<String, Object> params) {
        String matching = conditions(f, "j", params, Dimension.SALARY, Dimension.LISTED, Dimension.QUERY);
        if (perMille >= ALL) {
            return matching;
        }
        params.put("perMille", perMille);
        return matching + " and j.sample < :perMille";
    }

    /** The SQL condition for the open jobs matching every filter. */
    String where(JobFilter f, Map<String, Object> params) {
        return conditions(f, "j", params, Dimension.values());
    }

    /**
     * Conditions for the facet dimensions, leaving out {@code except}, on the matching jobs {@code b} or their
     * groups {@code m} of {@link #summary} (both carry the same computed columns).
     */
    private String facetConditions(JobFilter f, Dimension except, Map<String, Object> params, String alias) {
        List<Dimension> dims = new ArrayList<>(List.of(Dimension.ROLE, Dimension.LEVEL, Dimension.TYPE,
                Dimension.REMOTE, Dimension.SKILL, Dimension.TOOL, Dimension.COUNTRY, Dimension.HYBRID));
        dims.remove(except);
        String c = conditions(f, alias, params, dims.toArray(Dimension[]::new));
        return c.isEmpty() ? "true" : c;
    }

    /**
     * The SQL conditions of the given dimensions on rows aliased {@code a} ("j" for jobs, where the open-jobs
     * condition is added too); binds the parameters they use. Only fixed SQL text is ever concatenated.
     */
    String conditions(JobFilter f, String a, Map<String, Object> params, Dimension... dims) {
        List<String> conditions = new ArrayList<>();
        if (a.equals("j")) {
            conditions.add(OPEN);
            params.put("today", today());
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
                    // The job's yearly pay in the filter's currency reaches the minimum: pay × periods a year ×
                    // rate(filter currency) >= minimum × rate(job currency), in exact numeric arithmetic. Null when
                    // the job states no pay or its currency has no rate: kept with salary=any, left out with listed.
                    conditions.add("coalesce(" + YEARLY_PAY.formatted(a) + " * " + RATE.formatted(":salaryCurrency")
                            + " >= :salaryMin * " + RATE.formatted(a + ".currency") + ", "
                            + (f.salaryListed() ? "false" : "true") + ")");
                    params.put("salaryMin", f.salaryMin());
                    params.put("salaryCurrency", f.comparisonCurrency());
                }
                case CURRENCY -> {
                    // The currency pay is compared and converted in; it filters nothing by itself.
                }
                case LISTED -> conditions.add("coalesce(" + a + ".salary_max, " + a + ".salary_min) is not null");
                case QUERY -> {
                    conditions.add(a + ".search_vector @@ " + tsQuery(f, params));
                }
                case COUNTRY -> {
                    // In the country, or remote and open to its residents.
                    conditions.add(a.equals("j") ? IN_COUNTRY : a + ".in_country");
                    params.put("country", f.country());
                }
                case HYBRID -> conditions.add(a + (a.equals("j") ? ".remote_policy = 'HYBRID'" : ".hybrid"));
                case SKILL -> conditions.add(a.equals("j") ? tagged(d, a, f, params) : a + ".has_skill");
                case TOOL -> conditions.add(a.equals("j") ? tagged(d, a, f, params) : a + ".has_tool");
            }
        }
        return String.join(" and ", conditions);
    }

    /** The filter's search text as a tsquery expression, with synonyms and a prefix on the last word. */
    private String tsQuery(JobFilter f, Map<String, Object> params) {
        return SearchText.of(f.q(), synonyms.all()).sql(params);
    }

    /**
     * The search text with each word that no job and no vocabulary entry contains replaced by the most similar word
     * that does (trigram similarity, at least 0.3), or empty when nothing was corrected.
     */
    @SuppressWarnings("unchecked")
    public java.util.Optional<String> correction(String text) {
        List<String> words = java.util.Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).limit(8).toList();
        if (words.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Object[]> rows = em.createNativeQuery("""
                select w.word, (select t.term from search_term t where similarity(t.term, w.word) >= 0.25
                                order by t.term <-> w.word, t.term limit 1)
                from unnest(cast(:words as text[])) as w(word)
                where length(w.word) >= 4
                  and not exists (select 1 from search_term t where t.term = w.word)
                  and not exists (select 1 from search_synonym s where s.term = w.word)""")
                .setParameter("words", words.toArray(String[]::new)).getResultList();
        Map<String, String> fixes = new HashMap<>();
        for (Object[] r : rows) {
            if (r[1] != null) {
                fixes.put((String) r[0], (String) r[1]);
            }
        }
        if (fixes.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.join(" ", words.stream().map(w -> fixes.getOrDefault(w, w)).toList()));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Escaped text with the ts_headline marks turned into {@code <mark>} elements. */
    static io.quarkus.qute.RawString highlighted(String marked, String fallback) {
        String text = marked == null ? fallback : marked;
        String html = careeratlas.platform.Texts.escapeHtml(text)
                .replace(String.valueOf(MARK_START), "<mark>").replace(String.valueOf(MARK_END), "</mark>");
        int open = html.split("<mark>", -1).length - 1;
        int close = html.split("</mark>", -1).length - 1;
        return new io.quarkus.qute.RawString(open > close ? html + "</mark>" : html);
    }

    /** Markdown punctuation out of a description snippet, so that it reads as text. */
    static String plain(String markdown) {
        return markdown.replaceAll("(?m)^\\s*(#+|>|[-*+]|\\d+\\.)\\s+", " ").replaceAll("[*_`|]+", "")
                .replaceAll("\\s+", " ").strip();
    }

    private Query native_(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private JobListing listing(Object[] r, String comparedIn, ExchangeRates.Rates rates) {
        LocalDate posted = LocalDate.parse((String) r[10]);
        PayPeriod period = PayPeriod.valueOf((String) r[14]);
        String currency = (String) r[9];
        Integer min = (Integer) r[7];
        Integer max = (Integer) r[8];
        JobCard card = JobCard.of(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                ((String) r[5]).split(","), ExperienceLevel.valueOf((String) r[6]), currency, min, max, period);
        return new JobListing(card, (Boolean) r[11], (Boolean) r[4], Dates.ago(posted, today()),
                Dates.display(posted), posted.toString(), highlighted((String) r[12], card.title()),
                r[13] == null ? null : highlighted(plain((String) r[13]), ""),
                converted(currency, min, max, period, comparedIn, rates), ((Number) r[15]).intValue(),
                java.time.Instant.EPOCH.plus(((Number) r[16]).longValue(), java.time.temporal.ChronoUnit.MICROS));
    }

    /**
     * The pay as a yearly range in {@code comparedIn} ("EUR 52K - 65K a year"), when it is in another currency or
     * period and both currencies have a rate; null otherwise.
     */
    static String converted(String currency, Integer min, Integer max, PayPeriod period, String comparedIn,
                            ExchangeRates.Rates rates) {
        if (comparedIn == null || rates == null || currency == null || (min == null && max == null)
                || (currency.equals(comparedIn) && period == PayPeriod.YEAR)
                || !rates.has(currency) || !rates.has(comparedIn)) {
            return null;
        }
        java.math.BigDecimal low = rates.yearly(min, period, currency, comparedIn);
        java.math.BigDecimal high = rates.yearly(max, period, currency, comparedIn);
        return SalaryRanges.yearly(comparedIn, low, high);
    }

    /** How many open jobs each of the given roles has (roles without any are left out). */
    public Map<Long, Long> openCountsByRole(Collection<Long> roleIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (roleIds.isEmpty()) {
            return counts;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("roles", List.copyOf(roleIds));
        Query query = native_("select j.role_id, count(*) from job j where " + where(JobFilter.NONE, params)
                + " and j.role_id in (:roles) group by j.role_id", params);
        for (Object[] r : rows(query)) {
            counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return counts;
    }

    /** The open jobs matching a filter, counted by role; jobs without a role are counted under 0. */
    public Map<Long, Long> openCountsByRole(JobFilter f) {
        Map<String, Object> params = new HashMap<>();
        Map<Long, Long> counts = new HashMap<>();
        Query query = native_("select coalesce(j.role_id, 0), count(*) from job j where " + where(f, params)
                + " group by 1", params);
        for (Object[] r : rows(query)) {
            counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return counts;
    }

    /** Other open jobs for the same role, newest first. */
    public List<Job> similar(Job job, int limit) {
        if (job.role == null) {
            return List.of();
        }
        return em.createQuery("""
                select j from Job j join fetch j.company
                where j.role = :role and j.id <> :id and j.status = :status and j.expiresOn >= :today
                order by j.postedAt desc, j.id desc""", Job.class)
                .setParameter("role", job.role).setParameter("id", job.id).setParameter("status", Job.Status.PUBLISHED)
                .setParameter("today", today()).setMaxResults(limit).getResultList();
    }
}
