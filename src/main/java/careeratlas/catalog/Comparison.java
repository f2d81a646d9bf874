package careeratlas.catalog;

import careeratlas.catalog.Role;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A curated comparison of two roles, stored in canonical order (role A's slug sorts first). */
@Entity
@Table(name = "comparison")
public class Comparison extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "role_a_id")
    public Role roleA;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "role_b_id")
    public Role roleB;
    public String introduction;
    public String conclusion;
    @Column(name = "published_on")
    public LocalDate publishedOn;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
