package careeratlas.platform;

/**
 * What the layout needs to know about a page: its title, its description, its path (for the canonical link and
 * Open Graph tags), whether search engines should index it, and its share picture's path (or null).
 */
public record PageMeta(String title, String description, String path, boolean noindex, String image) {

    public PageMeta(String title, String description, String path, boolean noindex) {
        this(title, description, path, noindex, null);
    }

    public static PageMeta of(String title, String description, String path) {
        return new PageMeta(title, description, path, false, null);
    }

    public PageMeta hiddenFromSearch() {
        return new PageMeta(title, description, path, true, image);
    }

    /** The same page with a share picture (a path such as {@code /share/roles/x.abc.png}). */
    public PageMeta withImage(String imagePath) {
        return new PageMeta(title, description, path, noindex, imagePath);
    }

    public String url() {
        return Globals.baseUrl() + path;
    }

    /** The share picture's absolute address, or null. */
    public String imageUrl() {
        return image == null ? null : Globals.baseUrl() + image;
    }
}
