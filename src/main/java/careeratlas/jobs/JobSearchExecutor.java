package careeratlas.jobs;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;

/**
 * Threads that read a job board page while its counts are computed: bounded (well under the connection pool) with
 * a bounded queue, so under overload a search fails fast ({@link java.util.concurrent.RejectedExecutionException},
 * answered 503) instead of queueing without end. No context is propagated: each task runs its own transaction.
 */
@ApplicationScoped
public class JobSearchExecutor {

    static final int THREADS = 6;
    static final int QUEUE = 24;

    private final ManagedExecutor executor = ManagedExecutor.builder().maxAsync(THREADS).maxQueued(QUEUE)
            .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();

    ManagedExecutor executor() {
        return executor;
    }

    void stop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }
}
