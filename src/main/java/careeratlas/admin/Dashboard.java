package careeratlas.admin;

import careeratlas.jobs.Job;
import careeratlas.jobs.SalaryFormat;
import careeratlas.web.Dates;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The admin dashboard: counts and the searchable, sortable, paginated list of every job. */
public record Dashboard(long published, long drafts, long featured, long expiringSoon, List<Row> rows, long total,
                       String q, String sort, int page, int lastPage, List<SortLink> sorts) {

    public static final int PAGE_SIZE = 25;
    static final Map<String, String> SORTS = Map.of(
            "newest", "j.postedAt desc, j.id desc",
            "title", "lower(j.title), j.id",
            "expires", "j.expiresOn, j.id",
            "company", "lower(j.company.name), j.id");

    /** A job as the admin list shows it. */
    public record Row(long id, String title, String company, String status, boolean expired, boolean featured,
                      String featuredUntil, String expires, String posted, String salary) {
    }

    public record SortLink(String key, String label, String url, boolean current) {
    }

    public static Dashboard load(String q, String sort, String page) {
        String sortKey = sort != null && SORTS.containsKey(sort) ? sort : "newest";
        String order = SORTS.get(sortKey);
        String query = q == null || q.isBlank() ? null : q.strip();
        if (query != null && query.length() > 200) {
            query = query.substring(0, 200);
        }

        Object[] counts = (Object[]) Panache.getEntityManager().createNativeQuery("""
                select count(*) filter (where status = 'PUBLISHED' and expires_on >= current_date),
                       count(*) filter (where status = 'DRAFT'),
                       count(*) filter (where status = 'PUBLISHED' and expires_on >= current_date and featured_until >= current_date),
                       count(*) filter (where status = 'PUBLISHED' and expires_on between current_date and current_date + 7)
                from job""").getSingleResult();

        String where = query == null ? "" : " where lower(j.title) like :q or lower(j.company.name) like :q";
        Parameters params = query == null ? new Parameters() : Parameters.with("q", "%" + like(query.toLowerCase()) + "%");
        long total = Job.count("select count(j) from Job j" + where, params);
        int lastPage = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(1, Math.min(parse(page), lastPage));
        List<Job> jobs = Job.find("from Job j join fetch j.company" + where + " order by " + order, params)
                .page(Page.of(current - 1, PAGE_SIZE)).list();
        LocalDate today = LocalDate.now();
        List<Row> rows = jobs.stream().map(j -> new Row(j.id, j.title, j.company.name,
                j.status == Job.Status.DRAFT ? "Draft" : "Published", j.isExpired(today),
                j.featuredUntil != null && !j.featuredUntil.isBefore(today),
                j.featuredUntil == null ? "" : Dates.display(j.featuredUntil), Dates.display(j.expiresOn),
                Dates.display(j.postedAt), SalaryFormat.range(j.currency, j.salaryMin, j.salaryMax))).toList();

        List<SortLink> sorts = new ArrayList<>();
        for (String[] s : List.of(new String[] {"newest", "Newest"}, new String[] {"title", "Title"},
                new String[] {"company", "Company"}, new String[] {"expires", "Closing date"})) {
            sorts.add(new SortLink(s[0], s[1], url(query, s[0], 1), s[0].equals(sortKey)));
        }
        return new Dashboard(n(counts[0]), n(counts[1]), n(counts[2]), n(counts[3]), rows, total, query, sortKey,
                current, lastPage, sorts);
    }

    public String previousUrl() {
        return page > 1 ? url(q, sort, page - 1) : null;
    }

    public String nextUrl() {
        return page < lastPage ? url(q, sort, page + 1) : null;
    }

    static String url(String q, String sort, int page) {
        StringBuilder sb = new StringBuilder("/admin?sort=").append(sort);
        if (q != null) {
            sb.append("&q=").append(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (page > 1) {
            sb.append("&page=").append(page);
        }
        return sb.toString();
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
