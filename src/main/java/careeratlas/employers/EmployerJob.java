package careeratlas.employers;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A job posted by an employer, as the management page and the moderation queue show it. */
public record EmployerJob(long jobId, String title, String company, String employerName, String employerEmail,
                          String state, String jobStatus, LocalDate expiresOn, boolean featureRequested,
                          String reason, OffsetDateTime submittedAt) {

    public boolean isPending() {
        return "PENDING".equals(state);
    }

    public boolean isOpen() {
        return "APPROVED".equals(state);
    }

    /** What the employer sees as the job's status. */
    public String stateLabel() {
        return switch (state) {
            case "UNCONFIRMED" -> "Waiting for your e-mail confirmation";
            case "PENDING" -> "In review";
            case "APPROVED" -> "Published";
            case "REJECTED" -> "Not accepted";
            case "CLOSED" -> "Closed";
            default -> state;
        };
    }
}
