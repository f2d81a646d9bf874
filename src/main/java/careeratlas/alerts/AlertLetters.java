package careeratlas.alerts;

import careeratlas.jobs.JobListing;
import careeratlas.mail.Letter;
import careeratlas.mail.Outbox;
import careeratlas.platform.Texts;
import careeratlas.platform.Urls;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The e-mails of the alerts, as letters (rendered as plain text and HTML by {@code templates/Letters/}). */
final class AlertLetters {

    private AlertLetters() {
    }

    /** Queues a letter of the alerts topic (no extra headers) in the caller's transaction. */
    static void queue(Outbox outbox, String email, Letter letter) {
        outbox.enqueue(email, letter, Map.of(), Alerts.TOPIC);
    }

    static Letter confirmation(String summary, Frequency frequency, String confirmUrl, long validDays) {
        return Letter.of("Confirm your job alert", List.of(
                        "Someone, probably you, asked Career Atlas to e-mail this address new jobs once a "
                                + frequency.period + ": " + summary + ".",
                        "Confirm with the link below (valid for " + validDays + " days). Until you do, we send nothing.",
                        "If you did not ask for it, ignore this message: the request is deleted within a week."),
                List.of(Letter.Link.of("Confirm the job alert", confirmUrl)));
    }

    static Letter alreadySubscribed(String summary, String manageUrl) {
        return Letter.of("You already have this job alert", List.of(
                        "Someone, probably you, asked for a job alert this address already has: " + summary + ".",
                        "Nothing was changed. See, change or stop your alerts on your alerts page."),
                List.of(Letter.Link.of("Your job alerts", manageUrl)));
    }

    static Letter tooManyAlerts(int max, String summary, String manageUrl) {
        return Letter.of("Your job alert was not added", List.of(
                        "Someone, probably you, asked for another job alert: " + summary + ".",
                        "This address already has " + max + " job alerts, the most we keep for one address, so it was"
                                + " not added. Stop one on your alerts page to make room."),
                List.of(Letter.Link.of("Your job alerts", manageUrl)));
    }

    /**
     * The alert itself: the newest matching jobs published since the last one (at most {@code shown}), a link to
     * all of them on the board, and the unsubscribe and management links.
     */
    static Letter alert(String summary, Frequency frequency, String since, List<JobListing> jobs, long total,
                        String boardUrl, String unsubscribeUrl, String manageUrl) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add((total == 1 ? "1 new job matches" : total + " new jobs match") + " your job alert ("
                + summary + "), published since " + since + ".");
        if (total > jobs.size()) {
            paragraphs.add("Here are the newest " + jobs.size() + "; the " + (total - jobs.size())
                    + " more are on the job board.");
        }
        List<Letter.Link> items = new ArrayList<>();
        for (JobListing j : jobs) {
            StringBuilder note = new StringBuilder(j.card().location()).append(" · ").append(j.card().level());
            if (j.card().salary() != null && !j.card().salary().isBlank()) {
                note.append(" · ").append(j.card().salary());
            }
            items.add(new Letter.Link(j.card().title() + " at " + j.card().company(),
                    Urls.absolute(j.card().url()), note.toString()));
        }
        if (total > jobs.size()) {
            items.add(Letter.Link.of("And " + (total - jobs.size()) + " more: see every matching job on the board", boardUrl));
        }
        paragraphs.add("You receive this alert once a " + frequency.period + " when there are new jobs, because"
                + " this address asked for it on Career Atlas.");
        String subject = (total == 1 ? "1 new job" : total + " new jobs") + ": " + Texts.shorten(summary, 120);
        return new Letter(subject, paragraphs, items, List.of(
                Letter.Link.of("Unsubscribe from this alert", unsubscribeUrl),
                Letter.Link.of("Manage your job alerts", manageUrl),
                Letter.Link.of("See these jobs on the board", boardUrl)));
    }
}
