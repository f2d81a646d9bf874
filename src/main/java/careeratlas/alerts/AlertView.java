package careeratlas.alerts;

/**
 * One alert as its pages show it: the filters in words, the frequency, whether the address confirmed it, the job
 * board with its filters, its own unsubscribe link (relative), and when the last alert e-mail went out.
 */
public record AlertView(long id, String summary, Frequency frequency, boolean confirmed, String boardUrl,
                        String unsubscribeUrl, String lastSent) {
}
