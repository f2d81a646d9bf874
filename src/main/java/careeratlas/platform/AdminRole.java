package careeratlas.platform;

/** The security role every admin page asks for ({@code @RolesAllowed(AdminRole.NAME)}). */
public final class AdminRole {

    public static final String NAME = "admin";

    private AdminRole() {
    }
}
