package careeratlas.admin;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;

/** One change to an admin account (added, password changed, disabled, enabled, signed out everywhere). */
@Entity
@Table(name = "admin_audit")
public class AdminAudit extends PanacheEntityBase {

    public enum Action { ADDED, PASSWORD_CHANGED, DISABLED, ENABLED, SIGNED_OUT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public OffsetDateTime at;
    public String actor;
    @Enumerated(EnumType.STRING)
    public Action action;
    public String target;

    static void record(OffsetDateTime at, String actor, Action action, String target) {
        AdminAudit a = new AdminAudit();
        a.at = at;
        a.actor = actor;
        a.action = action;
        a.target = target;
        a.persist();
    }

    /** The newest entries, for the admins' page. */
    public static List<AdminAudit> newest(int limit) {
        return find("order by at desc, id desc").page(0, limit).list();
    }
}
