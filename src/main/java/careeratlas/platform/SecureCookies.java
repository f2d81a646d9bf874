package careeratlas.platform;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Locale;

/**
 * Marks every cookie {@code Secure} when {@code app.secure-cookies} is on (the prod profile), also behind a
 * proxy that ends TLS, where the app itself only sees plain HTTP.
 */
@ApplicationScoped
public class SecureCookies {

    @ConfigProperty(name = "app.secure-cookies", defaultValue = "false")
    boolean secure;

    void install(@Observes Router router) {
        if (!secure) {
            return;
        }
        router.route().order(-100).handler(rc -> {
            rc.addHeadersEndHandler(v -> {
                List<String> cookies = rc.response().headers().getAll("Set-Cookie");
                if (!cookies.isEmpty()) {
                    rc.response().headers().remove("Set-Cookie");
                    for (String c : cookies) {
                        boolean marked = c.toLowerCase(Locale.ROOT).contains("; secure");
                        rc.response().headers().add("Set-Cookie", marked ? c : c + "; Secure");
                    }
                }
            });
            rc.next();
        });
    }
}
