package careeratlas.admin;

import careeratlas.platform.Urls;

import java.util.LinkedHashMap;
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

    public String previousUrl() {
        return page > 1 ? url(q, sort, page - 1) : null;
    }

    public String nextUrl() {
        return page < lastPage ? url(q, sort, page + 1) : null;
    }

    static String url(String q, String sort, int page) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("sort", sort);
        if (q != null) {
            params.put("q", q);
        }
        if (page > 1) {
            params.put("page", Integer.toString(page));
        }
        return Urls.admin() + Urls.query(params);
    }
}
