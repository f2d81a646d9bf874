package careeratlas.platform;

import io.quarkus.security.identity.SecurityIdentity;

/** The security role every admin page asks for ({@code @RolesAllowed(AdminRole.NAME)}). */
public final class AdminRole {

    public static final String NAME = "admin";
    /**
     * The identity attribute holding the admin's username. The principal's name is the session's own record
     * (username, session version, sign-in time), which the session cookie carries; pages and audit rows use this.
     */
    public static final String USERNAME = "careeratlas.admin.username";

    private AdminRole() {
    }

    /** The signed-in admin's username. */
    public static String username(SecurityIdentity identity) {
        String name = identity.getAttribute(USERNAME);
        return name != null ? name : identity.getPrincipal().getName();
    }
}
