package careeratlas.seo;

import careeratlas.platform.Slugs;
import careeratlas.platform.SurveyAnswers;
import careeratlas.platform.Urls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sitemap's URLs: the home page, the indexes, every role, every curated comparison, every skill and tool, every
 * editors' career transition, every survey job title with enough answers for figures and every open job, each read
 * by one statement. Comparisons and transitions without an editors' text are left out: their pages ask search
 * engines not to index them (as do fit results).
 */
@ApplicationScoped
public class SitemapQueries {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public List<SitemapEntry> entries() {
        List<SitemapEntry> entries = new ArrayList<>();
        for (String path : List.of(Urls.home(), Urls.roles(), Urls.comparisons(), Urls.jobs(), Urls.salaries(),
                Urls.salaryMethodology(), Urls.about(), Urls.privacy(), Urls.skills(), Urls.tools(),
                Urls.transitions(), Urls.fit())) {
            entries.add(new SitemapEntry(Urls.absolute(path), null));
        }
        for (Object[] r : rows("select slug, cast(updated_at as date) from role order by id")) {
            entries.add(new SitemapEntry(Urls.absolute(Urls.role((String) r[0])), date(r[1])));
        }
        for (Object[] r : rows("select slug, null from role order by id")) {
            entries.add(new SitemapEntry(Urls.absolute(Urls.salary((String) r[0])), null));
        }
        // Survey job titles with enough answers for figures (spellings with the same slug count together).
        Map<String, Long> titles = new LinkedHashMap<>();
        Map<String, String> firstSpelling = new HashMap<>();
        for (Object[] r : rows("select job_title, count(*) from salary_report group by job_title order by count(*) desc, job_title")) {
            String slug = Slugs.of((String) r[0]);
            if (!slug.isEmpty()) {
                titles.merge(slug, ((Number) r[1]).longValue(), Long::sum);
                firstSpelling.putIfAbsent(slug, (String) r[0]);
            }
        }
        titles.forEach((slug, answers) -> {
            if (answers >= SurveyAnswers.MIN_RELIABLE) {
                entries.add(new SitemapEntry(Urls.absolute(Urls.salaryTitle(firstSpelling.get(slug))), null));
            }
        });
        for (Object[] r : rows("""
                select a.slug, b.slug, cast(c.updated_at as date) from comparison c
                join role a on a.id = c.role_a_id join role b on b.id = c.role_b_id order by c.id""")) {
            entries.add(new SitemapEntry(Urls.absolute(Urls.comparison((String) r[0], (String) r[1])), date(r[2])));
        }
        for (Object[] r : rows("select slug, null from skill order by slug")) {
            entries.add(new SitemapEntry(Urls.absolute(Urls.skill((String) r[0])), null));
        }
        for (Object[] r : rows("select slug, null from tool order by slug")) {
            entries.add(new SitemapEntry(Urls.absolute(Urls.tool((String) r[0])), null));
        }
        for (Object[] r : rows("""
                select f.slug, o.slug, t.published_on from career_transition t
                join role f on f.id = t.from_role_id join role o on o.id = t.to_role_id order by t.id""")) {
            entries.add(new SitemapEntry(Urls.absolute(Urls.transition((String) r[0], (String) r[1])), date(r[2])));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> jobs = em.createNativeQuery("""
                select j.id, j.title, c.name, cast(j.updated_at as date) from job j join company c on c.id = j.company_id
                where j.status = 'PUBLISHED' and j.expires_on >= :today order by j.id""")
                .setParameter("today", LocalDate.now(clock)).getResultList();
        for (Object[] r : jobs) {
            entries.add(new SitemapEntry(Urls.absolute(Urls.job(((Number) r[0]).longValue(), (String) r[1], (String) r[2])),
                    date(r[3])));
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    private static String date(Object value) {
        if (value instanceof Date d) {
            return d.toLocalDate().toString();
        }
        return value == null ? null : value.toString();
    }
}
