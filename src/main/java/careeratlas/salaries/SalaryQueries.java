package careeratlas.salaries;

import careeratlas.catalog.RoleSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Salary figures computed in PostgreSQL (percentile_cont, grouping sets); nothing but aggregates reach Java. */
@ApplicationScoped
public class SalaryQueries {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Figures for one group: a level code, a year, a country or a role. */
    public record Group(String key, String label, Stats stats) {
    }

    /** One histogram band: [from, to) with its count; the last band is open-ended. */
    public record Band(double from, double to, long count, boolean last) {
    }

    /** Overall and per-level figures of several roles, keyed by role id. */
    public record ManyRoles(Map<Long, Stats> overall, Map<Long, List<Group>> levels) {
    }

    /** Figures from the jobs posted on this site (salary midpoints), kept apart from the survey. */
    public record JobFigures(long n, double median, String currency) {
    }

    /** Everything a role's salary page shows. */
    public record RoleSalaries(RoleSummary role, SalaryFilter filter, Stats overall, List<Group> byLevel, List<Group> byYear,
                               List<Group> countries, List<Band> histogram) {

        /** How many answers a country needs to be listed. */
        public int minReliable() {
            return Stats.MIN_RELIABLE;
        }

        public Integer firstYear() {
            return byYear.isEmpty() ? null : Integer.valueOf(byYear.get(0).key());
        }

        public Integer lastYear() {
            return byYear.isEmpty() ? null : Integer.valueOf(byYear.get(byYear.size() - 1).key());
        }
    }

    /** A survey job title, its URL slug and how many answers carry it. */
    public record SurveyTitle(String title, String slug, long answers) {
    }

    /** Everything a survey title's page shows (US dollars as converted by the survey). */
    public record TitleSalaries(String title, String slug, List<String> variants, Stats overall, List<Group> byLevel,
                                List<Group> byYear, List<TitleRole> roles) {

        public Integer firstYear() {
            return byYear.isEmpty() ? null : Integer.valueOf(byYear.get(0).key());
        }

        public Integer lastYear() {
            return byYear.isEmpty() ? null : Integer.valueOf(byYear.get(byYear.size() - 1).key());
        }
    }

    /** A role a survey title counts for. */
    public record TitleRole(String slug, String name) {
    }

    /** Every survey title with its answers, most answers first; titles that give no slug are left out. */
    public List<SurveyTitle> titles() {
        Query q = em.createNativeQuery("""
                select s.job_title, count(*) from salary_report s group by s.job_title order by count(*) desc, s.job_title
                """);
        return rows(q).stream().map(r -> new SurveyTitle((String) r[0], careeratlas.platform.Slugs.of((String) r[0]),
                ((Number) r[1]).longValue())).filter(t -> !t.slug().isEmpty()).toList();
    }

    /** The survey titles that count for a role, most answers first. */
    public List<SurveyTitle> titlesOf(long roleId) {
        Query q = em.createNativeQuery("""
                select s.job_title, count(*) from salary_report s where s.role_id = :role
                group by s.job_title order by count(*) desc, s.job_title
                """).setParameter("role", roleId);
        return rows(q).stream().map(r -> new SurveyTitle((String) r[0], careeratlas.platform.Slugs.of((String) r[0]),
                ((Number) r[1]).longValue())).filter(t -> !t.slug().isEmpty()).toList();
    }

    /**
     * Overall, per level and per year figures of the answers with these titles (the spellings of one slug), in one
     * statement, and the roles they count for.
     */
    public TitleSalaries forTitles(String slug, List<String> titles) {
        List<String> lowered = titles.stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        Query q = em.createNativeQuery("""
                select grouping(s.experience_level), grouping(s.work_year), s.experience_level, s.work_year, %s
                from salary_report s where lower(s.job_title) in (:titles)
                group by grouping sets ((), (s.experience_level), (s.work_year))
                """.formatted(Stats.columns("s.salary_in_usd"))).setParameter("titles", lowered);
        Stats overall = Stats.NONE;
        Map<String, Group> levels = new HashMap<>();
        List<Group> years = new ArrayList<>();
        for (Object[] row : rows(q)) {
            boolean byLevel = ((Number) row[0]).intValue() == 0;
            boolean byYear = ((Number) row[1]).intValue() == 0;
            Stats stats = Stats.of(row, 4);
            if (!byLevel && !byYear) {
                overall = stats;
            } else if (byLevel) {
                String code = ((String) row[2]).strip();
                levels.put(code, new Group(code, SalaryFilter.LEVEL_NAMES.get(code), stats));
            } else {
                years.add(new Group(row[3].toString(), row[3].toString(), stats));
            }
        }
        years.sort(java.util.Comparator.comparing(Group::key));
        List<Group> byLevel = SalaryFilter.LEVELS.values().stream().filter(levels::containsKey).map(levels::get).toList();
        Query r = em.createNativeQuery("""
                select distinct r.slug, r.name from role_alias a join role r on r.id = a.role_id
                where lower(a.title) in (:titles) order by r.name
                """).setParameter("titles", lowered);
        List<TitleRole> roles = rows(r).stream().map(x -> new TitleRole((String) x[0], (String) x[1])).toList();
        return new TitleSalaries(titles.get(0), slug, titles, overall, byLevel, years, roles);
    }

    /** Overall, per level and per year, in one statement. */
    public RoleSalaries forRole(RoleSummary role, SalaryFilter f) {
        Map<String, Object> params = new HashMap<>();
        params.put("role", role.id());
        String where = f.where(params);
        String v = f.value();
        Query q = em.createNativeQuery("""
                select grouping(s.experience_level), grouping(s.work_year), s.experience_level, s.work_year, %s
                from salary_report s where %s
                group by grouping sets ((), (s.experience_level), (s.work_year))
                """.formatted(Stats.columns(v), where));
        params.forEach(q::setParameter);
        Stats overall = Stats.NONE;
        Map<String, Group> levels = new LinkedHashMap<>();
        List<Group> years = new ArrayList<>();
        for (Object[] row : rows(q)) {
            boolean byLevel = ((Number) row[0]).intValue() == 0;
            boolean byYear = ((Number) row[1]).intValue() == 0;
            Stats stats = Stats.of(row, 4);
            if (!byLevel && !byYear) {
                overall = stats;
            } else if (byLevel) {
                String code = ((String) row[2]).strip();
                levels.put(code, new Group(code, SalaryFilter.LEVEL_NAMES.get(code), stats));
            } else {
                String year = row[3].toString();
                years.add(new Group(year, year, stats));
            }
        }
        List<Group> byLevel = new ArrayList<>();
        for (String code : SalaryFilter.LEVELS.values()) {
            if (levels.containsKey(code)) {
                byLevel.add(levels.get(code));
            }
        }
        years.sort(java.util.Comparator.comparing(Group::key));
        return new RoleSalaries(role, f, overall, byLevel, years, countries(where, v, params),
                histogram(where, v, params, overall));
    }

    /**
     * Every country of residence with enough answers for a median ({@link Stats#MIN_RELIABLE}), most answers first,
     * each named in English ("Germany"); the rarer ones are left out.
     */
    List<Group> countries(String where, String v, Map<String, Object> params) {
        Query q = em.createNativeQuery("""
                select s.employee_residence, %s from salary_report s where %s
                group by s.employee_residence having count(*) >= %d order by count(*) desc, s.employee_residence
                """.formatted(Stats.columns(v), where, Stats.MIN_RELIABLE));
        params.forEach(q::setParameter);
        return rows(q).stream().map(r -> {
            String code = ((String) r[0]).strip();
            String name = new java.util.Locale("", code).getDisplayCountry(java.util.Locale.ENGLISH);
            return new Group(code, name.isEmpty() || name.equals(code) ? code : name, Stats.of(r, 1));
        }).toList();
    }

    /** Ten bands of a round width up to about the 95th percentile, the last one open-ended. */
    List<Band> histogram(String where, String v, Map<String, Object> params, Stats overall) {
        if (overall.n() == 0) {
            return List.of();
        }
        double width = niceWidth(overall.p90() * 1.1 / 10);
        int lastBand = 10;
        Query q = em.createNativeQuery("""
                select least(floor(%s / :width), :last) as band, count(*) from salary_report s where %s
                group by band order by band
                """.formatted(v, where));
        params.forEach(q::setParameter);
        q.setParameter("width", width);
        q.setParameter("last", lastBand);
        Map<Integer, Long> counts = new HashMap<>();
        for (Object[] r : rows(q)) {
            counts.put(((Number) r[0]).intValue(), ((Number) r[1]).longValue());
        }
        List<Band> bands = new ArrayList<>();
        for (int b = 0; b <= lastBand; b++) {
            bands.add(new Band(b * width, (b + 1) * width, counts.getOrDefault(b, 0L), b == lastBand));
        }
        return bands;
    }

    /** 1, 2, 2.5 or 5 times a power of ten. */
    static double niceWidth(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= raw) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    public JobFigures jobs(RoleSummary role, SalaryFilter f) {
        String currency = f.currencyLabel();
        Object[] r = (Object[]) em.createNativeQuery("""
                select count(*), percentile_cont(0.5) within group
                       (order by (coalesce(salary_min, salary_max) + coalesce(salary_max, salary_min)) / 2.0
                                 * %s)
                from job where role_id = :role and status = 'PUBLISHED' and expires_on >= :today
                  and currency = :currency
                """.formatted(careeratlas.platform.PayPeriod.perYearSql("salary_period"))).setParameter("role", role.id()).setParameter("currency", currency)
                .setParameter("today", LocalDate.now(clock)).getSingleResult();
        return new JobFigures(((Number) r[0]).longValue(), r[1] == null ? 0 : ((Number) r[1]).doubleValue(), currency);
    }

    /** Every role with its survey median in US dollars (the survey's conversion), highest first. */
    public List<Group> byRole() {
        Query q = em.createNativeQuery("""
                select r.slug, r.name, %s from role r left join salary_report s on s.role_id = r.id
                group by r.slug, r.name
                """.formatted(Stats.columns("s.salary_in_usd").replace("count(*)", "count(s.id)")));
        return rows(q).stream().map(r -> new Group((String) r[0], (String) r[1], Stats.of(r, 2)))
                .sorted(java.util.Comparator.comparing((Group g) -> g.stats().n() == 0)
                        .thenComparing(g -> -g.stats().p50()).thenComparing(Group::label))
                .toList();
    }

    /**
     * Overall and per-level figures (US dollars) of several roles in one statement: grouping sets give each role's
     * overall row (level null) beside its rows per level.
     */
    public ManyRoles ofRoles(List<Long> roleIds) {
        Query q = em.createNativeQuery("""
                select s.role_id, s.experience_level, %s from salary_report s where s.role_id in (:roles)
                group by grouping sets ((s.role_id), (s.role_id, s.experience_level))
                """.formatted(Stats.columns("s.salary_in_usd"))).setParameter("roles", roleIds);
        Map<Long, Stats> overall = new HashMap<>();
        Map<Long, Map<String, Group>> found = new HashMap<>();
        for (Object[] r : rows(q)) {
            long role = ((Number) r[0]).longValue();
            if (r[1] == null) {
                overall.put(role, Stats.of(r, 2));
                continue;
            }
            String code = ((String) r[1]).strip();
            found.computeIfAbsent(role, k -> new HashMap<>())
                    .put(code, new Group(code, SalaryFilter.LEVEL_NAMES.get(code), Stats.of(r, 2)));
        }
        Map<Long, List<Group>> levels = new LinkedHashMap<>();
        for (Long id : roleIds) {
            Map<String, Group> byCode = found.getOrDefault(id, Map.of());
            levels.put(id, SalaryFilter.LEVELS.values().stream().filter(byCode::containsKey).map(byCode::get).toList());
        }
        return new ManyRoles(overall, levels);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return q.getResultList();
    }
}
