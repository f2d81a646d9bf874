package careeratlas.platform;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The CSRF token of the current browser, for forms ({@code {inject:csrf.token}}, field {@code csrf-token}) and
 * scripts (header {@code X-CSRF-TOKEN}). The browser keeps a random value in an HttpOnly cookie; the token is
 * that value signed with the server's key, so a page on another site can neither read nor forge it.
 */
@Named("csrf")
@RequestScoped
public class Csrf {

    public static final String COOKIE = "csrf-token";
    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-TOKEN";

    @Inject
    RoutingContext routing;

    @Inject
    CsrfKey key;

    private String token;

    public String getToken() {
        if (token == null) {
            Cookie cookie = routing.request().getCookie(COOKIE);
            String value = cookie == null ? null : cookie.getValue();
            if (value == null || !CsrfKey.wellFormed(value)) {
                value = CsrfKey.randomValue();
                routing.response().addCookie(Cookie.cookie(COOKIE, value).setPath("/").setHttpOnly(true)
                        .setSameSite(CookieSameSite.STRICT));
            }
            token = key.sign(value);
        }
        return token;
    }

    public String getField() {
        return FIELD;
    }
}
