package careeratlas.catalog;

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

import java.time.OffsetDateTime;
import java.util.Optional;

/** A career in data or AI, such as Data Engineer. Its list sections live in their own tables. */
@Entity
@Table(name = "role")
public class Role extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String slug;
    public String name;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "family_id")
    public RoleFamily family;
    public String summary;
    public String definition;
    public String outlook;
    @Column(name = "outlook_figure")
    public String outlookFigure;
    @Column(name = "outlook_source")
    public String outlookSource;
    @Column(name = "outlook_period")
    public String outlookPeriod;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static Optional<Role> findBySlug(String slug) {
        return find("from Role r join fetch r.family where r.slug = ?1", slug).firstResultOptional();
    }
}
