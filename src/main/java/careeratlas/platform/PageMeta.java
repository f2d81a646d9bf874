package careeratlas.platform;

/**
 * What the layout needs to know about a page: its title, its description, its path (for the canonical link and
 * Open Graph tags) and whether search engines should index it.
 */
public record PageMeta(String title, String description, String path, boolean noindex) {

    public static PageMeta of(String title, String description, String path) {
        return new PageMeta(title, description, path, false);
    }

    public PageMeta hiddenFromSearch() {
        return new PageMeta(title, description, path, true);
    }

    public String url() {
        return Globals.baseUrl() + path;
    }
}
