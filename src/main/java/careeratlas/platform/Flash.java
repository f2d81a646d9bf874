package careeratlas.platform;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A one-time message carried across a redirect in a short-lived cookie ("Job posted"); the layout shows it with
 * {@code {inject:flash.message}} and the cookie is cleared as it is read.
 */
@Named("flash")
@RequestScoped
public class Flash {

    static final String COOKIE = "flash";

    @Inject
    RoutingContext routing;

    private String message;
    private boolean read;

    public String getMessage() {
        if (!read) {
            read = true;
            Cookie cookie = routing.request().getCookie(COOKIE);
            if (cookie != null) {
                message = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
                routing.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setMaxAge(0).setHttpOnly(true));
            }
        }
        return message;
    }

    /** A 303 redirect that shows {@code message} on the next page. */
    public static Response redirect(String location, String message) {
        NewCookie cookie = new NewCookie.Builder(COOKIE).value(URLEncoder.encode(message, StandardCharsets.UTF_8))
                .path("/").maxAge(60).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(location)).cookie(cookie).build();
    }
}
