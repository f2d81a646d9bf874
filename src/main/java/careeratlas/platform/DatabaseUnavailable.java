package careeratlas.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Tells a failure because PostgreSQL cannot be reached (down, restarting, out of connections) from a bug. */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 30;

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && connectionState(sql.getSQLState(), sql.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception), 57P01-57P03 (the server shutting down or starting up), 53300 (too
     * many connections); the pool reports its own acquisition timeout without a state.
     */
    private static boolean connectionState(String state, String message) {
        if (state != null) {
            return state.startsWith("08") || state.startsWith("57P") || state.equals("53300");
        }
        return message != null && message.contains("acquisition timeout");
    }
}
