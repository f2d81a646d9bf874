package careeratlas.platform;

import io.quarkus.qute.TemplateGlobal;
import org.eclipse.microprofile.config.ConfigProvider;

/** Values every template can use. */
@TemplateGlobal
public class Globals {

    public static final String SITE_NAME = "Career Atlas";

    /** Public address of the site without a trailing slash (config {@code app.base-url}, env APP_BASE_URL). */
    public static String baseUrl() {
        String url = ConfigProvider.getConfig().getOptionalValue("app.base-url", String.class)
                .orElse("http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The fingerprinted stylesheet address. */
    static String stylesheet() {
        return StaticAssets.stylesheet();
    }

    /** The fingerprinted web font address (preloaded). */
    static String fontUrl() {
        return StaticAssets.font();
    }

    /** The fingerprinted table-of-contents script. */
    static String tocScript() {
        return StaticAssets.tocScript();
    }

    static String siteName() {
        return SITE_NAME;
    }
}
