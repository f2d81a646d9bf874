package careeratlas.admin;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** A used one-time form token and the job its form created. */
@Entity
@Table(name = "form_submission")
public class FormSubmission extends PanacheEntityBase {

    @Id
    public String token;
    @Column(name = "job_id")
    public long jobId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    static String newToken() {
        return UUID.randomUUID().toString();
    }

    static Optional<FormSubmission> find(String token) {
        return token == null ? Optional.empty() : FormSubmission.<FormSubmission>findByIdOptional(token);
    }

    static void record(String token, long jobId, OffsetDateTime at) {
        FormSubmission s = new FormSubmission();
        s.token = token;
        s.jobId = jobId;
        s.createdAt = at;
        s.persist();
    }
}
