package careeratlas.admin;

import careeratlas.jobs.Job;
import careeratlas.platform.Dates;
import careeratlas.platform.SalaryRanges;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The admin dashboard's queries: the counts and one page of the job list, in three statements. */
@ApplicationScoped
public class DashboardQueries {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public Dashboard load(DashboardParams p) {
        String q = p.q, sort = p.sort, page = p.page;
        LocalDate today = LocalDate.now(clock);
        String sortKey = sort != null && Dashboard.SORTS.containsKey(sort) ? sort : "newest";
        String order = Dashboard.SORTS.get(sortKey);
        String query = q == null || q.isBlank() ? null : q.strip();
        if (query != null && query.length() > 200) {
            query = query.substring(0, 200);
        }

        Object[] counts = (Object[]) em.createNativeQuery("""
                select count(*) filter (where status = 'PUBLISHED' and expires_on >= cast(:today as date)),
                       count(*) filter (where status = 'DRAFT'),
                       count(*) filter (where status = 'PUBLISHED' and expires_on >= cast(:today as date) and featured_until >= cast(:today as date)),
                       count(*) filter (where status = 'PUBLISHED' and expires_on between cast(:today as date) and cast(:today as date) + 7)
                from job""").setParameter("today", today).getSingleResult();

        String where = query == null ? "" : " where lower(j.title) like :q or lower(j.company.name) like :q";
        Parameters params = query == null ? new Parameters() : Parameters.with("q", "%" + like(query.toLowerCase()) + "%");
        long total = Job.count("select count(j) from Job j" + where, params);
        int lastPage = (int) Math.max(1, (total + Dashboard.PAGE_SIZE - 1) / Dashboard.PAGE_SIZE);
        int current = Math.max(1, Math.min(parse(page), lastPage));
        List<Job> jobs = Job.find("from Job j join fetch j.company" + where + " order by " + order, params)
                .page(Page.of(current - 1, Dashboard.PAGE_SIZE)).list();
        List<Dashboard.Row> rows = jobs.stream().map(j -> new Dashboard.Row(j.id, j.title, j.company.name,
                j.status == Job.Status.DRAFT ? "Draft" : "Published", j.isExpired(today),
                j.featuredUntil != null && !j.featuredUntil.isBefore(today),
                j.featuredUntil == null ? "" : Dates.display(j.featuredUntil), Dates.display(j.expiresOn),
                Dates.display(j.postedAt), SalaryRanges.range(j.currency, j.salaryMin, j.salaryMax, j.salaryPeriod))).toList();

        List<Dashboard.SortLink> sorts = new ArrayList<>();
        for (String[] s : List.of(new String[] {"newest", "Newest"}, new String[] {"title", "Title"},
                new String[] {"company", "Company"}, new String[] {"expires", "Closing date"})) {
            sorts.add(new Dashboard.SortLink(s[0], s[1], Dashboard.url(query, s[0], 1), s[0].equals(sortKey)));
        }
        return new Dashboard(n(counts[0]), n(counts[1]), n(counts[2]), n(counts[3]), rows, total, query, sortKey,
                current, lastPage, sorts);
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static int parse(String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
