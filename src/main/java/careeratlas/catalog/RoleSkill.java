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

/** A role needs a skill, with a note on what for. */
@Entity
@Table(name = "role_skill")
@IdClass(RoleSkill.Key.class)
public class RoleSkill extends PanacheEntityBase {

    public record Key(Long role, Long skill) implements Serializable {
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
    @JoinColumn(name = "skill_id")
    public Skill skill;
    public int position;
    public String note;
}
