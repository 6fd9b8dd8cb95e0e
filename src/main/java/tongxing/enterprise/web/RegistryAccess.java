package tongxing.enterprise.web;

import org.springframework.security.access.AccessDeniedException;
import tongxing.platform.security.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what on the registry screens (on top of the data scope, which decides which
 * enterprises). The provincial parties (总工会、国资委、工商联、企联) read the whole province but do not
 * keep the register: the tripartite office and the city/county bureaus do. Experts and
 * coordinators read the enterprises assigned to them; an enterprise reads its own record;
 * mediation organizations have no business in the registry.
 */
final class RegistryAccess {

    private static final Set<Role> BROWSE = EnumSet.of(Role.PROVINCE_ADMIN, Role.PROVINCE_PARTY, Role.CITY_STAFF,
            Role.EXPERT, Role.COORDINATOR);
    private static final Set<Role> VIEW = EnumSet.of(Role.PROVINCE_ADMIN, Role.PROVINCE_PARTY, Role.CITY_STAFF,
            Role.EXPERT, Role.COORDINATOR, Role.ENTERPRISE);
    private static final Set<Role> WRITE = EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_STAFF);
    /** Seeing a full phone number is personal data: only those who contact enterprises, and it is audited. */
    private static final Set<Role> REVEAL_PHONE = EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_STAFF);

    private RegistryAccess() {
    }

    /** The list, its search and its export. */
    static boolean mayBrowse(Role role) {
        return BROWSE.contains(role);
    }

    /** One enterprise's detail page (the scope still decides which). */
    static boolean mayView(Role role) {
        return VIEW.contains(role);
    }

    static boolean mayWrite(Role role) {
        return WRITE.contains(role);
    }

    static boolean mayRevealPhone(Role role) {
        return REVEAL_PHONE.contains(role);
    }

    /** Answers 403 when the rule says no. */
    static void require(boolean allowed) {
        if (!allowed) throw new AccessDeniedException("not allowed for this role");
    }
}
