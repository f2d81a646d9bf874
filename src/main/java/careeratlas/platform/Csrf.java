package careeratlas.platform;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The CSRF token of the current browser, for forms ({@code {inject:csrf.token}}, field {@code csrf-token}) and
 * scripts (header {@code X-CSRF-TOKEN}). The browser keeps a random value in an HttpOnly cookie
 * ({@code __Host-csrf-token} when cookies are Secure); the token is that value and the current session (the
 * signed-in admin's session record, or "anonymous" before sign-in) signed with the server's key: a page on another
 * site can neither read nor forge it, a token works only in the session it was made for, and it ends with it.
 * The sign-in form carries the anonymous token in its address ({@link #getLoginAction()}), because the sign-in
 * POST is read by the authentication mechanism before any resource filter.
 */
@Named("csrf")
@RequestScoped
public class Csrf {

    public static final String COOKIE = "csrf-token";
    public static final String SECURE_COOKIE = "__Host-csrf-token";
    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-TOKEN";

    @Inject
    RoutingContext routing;

    @Inject
    CsrfKey key;

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    private String token;

    public String getToken() {
        if (token == null) {
            Cookie cookie = routing.request().getCookie(key.cookieName());
            String value = cookie == null ? null : cookie.getValue();
            if (value == null || !CsrfKey.wellFormed(value)) {
                value = CsrfKey.randomValue();
                routing.response().addCookie(Cookie.cookie(key.cookieName(), value).setPath("/").setHttpOnly(true)
                        .setSecure(key.secureCookies()).setSameSite(CookieSameSite.STRICT));
            }
            token = key.sign(value, CsrfKey.binding(identity));
        }
        return token;
    }

    /** Where the sign-in form posts: the sign-in address with this browser's anonymous token. */
    public String getLoginAction() {
        return Urls.adminLogin() + "?" + FIELD + "=" + getToken();
    }

    public String getField() {
        return FIELD;
    }
}
