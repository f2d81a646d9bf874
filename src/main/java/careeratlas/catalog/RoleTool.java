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

/** A role works with a tool. */
@Entity
@Table(name = "role_tool")
@IdClass(RoleTool.Key.class)
public class RoleTool extends PanacheEntityBase {

    public record Key(Long role, Long tool) implements Serializable {
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
    @JoinColumn(name = "tool_id")
    public Tool tool;
    public int position;
}
