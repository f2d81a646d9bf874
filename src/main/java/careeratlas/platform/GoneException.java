package careeratlas.platform;

/** A page that existed and was removed for good: answered with 410 and the site's error page. */
public class GoneException extends RuntimeException {

    public GoneException(String message) {
        super(message);
    }
}
