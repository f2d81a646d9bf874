package careeratlas.seo;

/** One URL of the sitemap with its last modification date (YYYY-MM-DD), if known. */
public record SitemapEntry(String loc, String lastmod) {
}
