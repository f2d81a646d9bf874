package careeratlas.salaries;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** One import of a salary survey file: who started it, how it went, and the problems found. */
@Entity
@Table(name = "salary_import")
public class SalaryImport extends PanacheEntityBase {

    public enum Status { RUNNING, DONE, REFUSED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String actor;
    @Column(name = "started_at")
    public OffsetDateTime startedAt;
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "rows_total")
    public int rowsTotal;
    @Column(name = "rows_imported")
    public int rowsImported;
    @Column(name = "rows_skipped")
    public int rowsSkipped;
    public String message;
    /** The first problems, one "line N: reason" per line. */
    public String problems;
    @Column(name = "duration_ms")
    public Long durationMs;

    public List<String> problemList() {
        return problems == null || problems.isEmpty() ? List.of() : Arrays.asList(problems.split("\n"));
    }

    public boolean isRunning() {
        return status == Status.RUNNING;
    }

    public String seconds() {
        return durationMs == null ? "" : String.format("%.1f", durationMs / 1000.0);
    }

    public static List<SalaryImport> newest(int limit) {
        return find("order by startedAt desc, id desc").page(0, limit).list();
    }
}
