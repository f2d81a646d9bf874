package careeratlas.compare;

import careeratlas.roles.Role;
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
import java.util.Collection;
import java.util.List;
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

    public String path() {
        return ComparisonPath.of(roleA.slug, roleB.slug);
    }

    public String title() {
        return roleA.name + " vs. " + roleB.name;
    }

    public static Optional<Comparison> findPair(Role a, Role b) {
        return find("roleA = ?1 and roleB = ?2", a, b).firstResultOptional();
    }

    /** Curated comparisons, newest first, with both roles. */
    public static List<Comparison> listAll() {
        return find("from Comparison c join fetch c.roleA join fetch c.roleB order by c.publishedOn desc, c.id").list();
    }

    /** Curated comparisons that include any of the given roles, newest first. */
    public static List<Comparison> involving(Collection<Role> roles) {
        return find("from Comparison c join fetch c.roleA join fetch c.roleB"
                + " where c.roleA in ?1 or c.roleB in ?1 order by c.publishedOn desc, c.id", roles).list();
    }
}
