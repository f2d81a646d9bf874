package careeratlas.catalog;

import careeratlas.platform.Urls;

/** A role as directories, filters and select lists show it: plain data, safe to cache. */
public record RoleSummary(long id, String slug, String name, String summary, String familySlug, String familyName) {

    static RoleSummary of(Role r) {
        return new RoleSummary(r.id, r.slug, r.name, r.summary, r.family.slug, r.family.name);
    }

    public String url() {
        return Urls.role(slug);
    }
}
