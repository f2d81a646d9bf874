package careeratlas.admin;

import java.time.Duration;

/** This client failed to sign in too often and must wait: answered 429 with Retry-After (see {@link SignInErrors}). */
class SignInThrottled extends RuntimeException {

    final Duration retryAfter;

    SignInThrottled(Duration retryAfter) {
        super("sign-in throttled for " + retryAfter, null, false, false);
        this.retryAfter = retryAfter;
    }
}
