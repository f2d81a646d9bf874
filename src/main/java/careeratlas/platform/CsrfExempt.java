package careeratlas.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A state-changing route that {@link CsrfFilter} lets through without the browser's CSRF token, because a signed
 * token in its address is the authority and the request may come from a mail provider with no cookie at all (the
 * one-click unsubscribe of RFC 8058). Only for routes that can do nothing but what that token allows.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CsrfExempt {
}
