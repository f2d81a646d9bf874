package careeratlas.employers;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Once a day (APP_EMPLOYERS_REMINDER_CRON), e-mails employers whose jobs close in 5 days. */
@ApplicationScoped
public class ExpiryReminders {

    @Inject
    EmployerPostings postings;

    @Scheduled(identity = "expiry-reminders", cron = "${app.employers.reminder-cron:0 0 7 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        postings.sendExpiryReminders();
    }
}
