package careeratlas.alerts;

/**
 * What the admin page shows: alerts confirmed and waiting for confirmation, addresses, and the last run
 * ({@code lastRunAt} null when none ran yet).
 */
public record AlertStats(long confirmed, long pending, long addresses, String lastRunAt, String lastRunBy,
                         int lastRunChecked, int lastRunQueued, String cron) {
}
