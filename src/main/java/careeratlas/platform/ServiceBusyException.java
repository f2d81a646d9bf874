package careeratlas.platform;

/** The site is too busy to answer this request now: answered 503 with Retry-After, never queued without end. */
public class ServiceBusyException extends RuntimeException {

    public ServiceBusyException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
