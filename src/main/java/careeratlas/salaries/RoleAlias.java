package careeratlas.salaries;

import careeratlas.catalog.Role;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.List;
import java.util.Optional;

/** A survey job title that counts for a role (compared without regard to case). */
@Entity
@Table(name = "role_alias")
public class RoleAlias extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "role_id")
    public Role role;
    public String title;

    public static List<RoleAlias> listWithRoles() {
        return find("from RoleAlias a join fetch a.role r order by r.name, lower(a.title)").list();
    }

    static Optional<RoleAlias> findByTitle(String title) {
        return find("lower(title) = lower(?1)", title).firstResultOptional();
    }

    /** Points the survey answers with this title at the alias's role (or at none). */
    static int remap(String title, Long roleId) {
        return getEntityManager().createNativeQuery(
                        "update salary_report set role_id = :role where lower(job_title) = lower(:title)")
                .setParameter("role", roleId).setParameter("title", title).executeUpdate();
    }
}
