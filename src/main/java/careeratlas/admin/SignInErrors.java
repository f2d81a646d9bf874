package careeratlas.admin;

import careeratlas.platform.ErrorPages;
import careeratlas.platform.ServiceBusyException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * The answers of a sign-in that is refused before any password check, in the site's layout: 429 with Retry-After
 * for a client that is backing off, 503 with Retry-After when the password-hashing pool is full. Both come out of
 * the form-authentication mechanism, outside JAX-RS, so they are Vert.x failure handlers.
 */
@ApplicationScoped
public class SignInErrors {

    private static final Logger LOG = Logger.getLogger(SignInErrors.class);

    @Inject
    ErrorPages errors;

    /**
     * A throttled sign-in is answered after this long (or its Retry-After, when shorter), holding no thread and no
     * connection to the database: a flood of parallel sign-ins then costs a timer per attempt, not a core.
     */
    @ConfigProperty(name = "app.signin.throttled-answer-delay", defaultValue = "PT1S")
    Duration throttledAnswerDelay;

    void install(@Observes Router router) {
        router.route("/admin/login").failureHandler(this::handle);
    }

    private void handle(RoutingContext routing) {
        Throwable failure = routing.failure();
        while (failure != null && !(failure instanceof SignInThrottled) && !(failure instanceof ServiceBusyException)
                && failure.getCause() != null && failure.getCause() != failure) {
            failure = failure.getCause();
        }
        if (failure instanceof SignInThrottled throttled) {
            throttled(routing, throttled.retryAfter);
        } else if (failure instanceof ServiceBusyException busy) {
            LOG.warnf("Refused a sign-in under load: %s", busy.getMessage());
            send(routing, 503, 5, "Busy for a moment",
                    "Career Atlas has more sign-ins than it can check just now. Please try again in a few seconds.");
        } else {
            routing.next();
        }
    }

    /** 429 with Retry-After in the site's layout, after the throttled-answer delay. */
    void throttled(RoutingContext routing, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        long delay = Math.min(throttledAnswerDelay.toMillis(), retryAfter.toMillis());
        Runnable answer = () -> send(routing, 429, seconds, "Too many sign-in attempts",
                "There were too many failed sign-ins from your network. Please wait " + seconds
                        + (seconds == 1 ? " second" : " seconds") + " and try again.");
        if (delay <= 0) {
            answer.run();
        } else {
            routing.vertx().setTimer(delay, id -> answer.run());
        }
    }

    private void send(RoutingContext routing, int status, long retryAfter, String heading, String message) {
        routing.vertx().executeBlocking(() -> errors.html(routing, status, heading, message)).onComplete(page -> {
            if (routing.response().ended()) {
                return;
            }
            routing.response().setStatusCode(status).putHeader("Content-Type", "text/html;charset=UTF-8")
                    .putHeader("Cache-Control", "no-store").putHeader("Retry-After", Long.toString(retryAfter))
                    .end(page.succeeded() ? page.result() : heading);
        });
    }
}
