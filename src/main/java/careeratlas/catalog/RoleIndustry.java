package careeratlas.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;

/** A role is common in an industry, with a note on the typical use. */
@Entity
@Table(name = "role_industry")
@IdClass(RoleIndustry.Key.class)
public class RoleIndustry extends PanacheEntityBase {

    public record Key(Long role, Long industry) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "role_id")
    public Role role;
    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "industry_id")
    public Industry industry;
    public int position;
    public String note;
}
