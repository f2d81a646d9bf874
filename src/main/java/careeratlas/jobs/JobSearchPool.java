package careeratlas.jobs;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Threads that read a job board page while its counts are computed; bounded, well under the connection pool. */
@ApplicationScoped
public class JobSearchPool implements Executor {

    static final int THREADS = 6;
    private final AtomicInteger count = new AtomicInteger();
    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS,
            r -> new Thread(r, "job-search-" + count.incrementAndGet()));

    @Override
    public void execute(Runnable task) {
        threads.execute(task);
    }

    void stop(@Observes ShutdownEvent event) {
        threads.shutdownNow();
    }
}
