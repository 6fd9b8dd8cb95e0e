package tongxing.coordinator;

import org.springframework.security.access.AccessDeniedException;
import tongxing.platform.security.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what on the coordinator screens, on top of the data scope (which decides which
 * coordinators): staff read; the tripartite office and the city bureaus keep the register; a
 * coordinator reads their own profile and keeps their own work log.
 */
public final class CoordinatorAccess {

    private static final Set<Role> BROWSE = EnumSet.of(Role.PROVINCE_ADMIN, Role.PROVINCE_PARTY, Role.CITY_STAFF);
    private static final Set<Role> VIEW = EnumSet.of(Role.PROVINCE_ADMIN, Role.PROVINCE_PARTY, Role.CITY_STAFF, Role.COORDINATOR);
    private static final Set<Role> WRITE = EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_STAFF);
    /** The full ID number is personal data: only for those who keep the register. */
    private static final Set<Role> FULL_ID = EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_STAFF);

    private CoordinatorAccess() {
    }

    public static boolean mayBrowse(Role role) {
        return BROWSE.contains(role);
    }

    public static boolean mayView(Role role) {
        return VIEW.contains(role);
    }

    public static boolean mayWrite(Role role) {
        return WRITE.contains(role);
    }

    public static boolean maySeeFullIdNumber(Role role) {
        return FULL_ID.contains(role);
    }

    /** Answers 403 when the rule says no. */
    public static void require(boolean allowed) {
        if (!allowed) throw new AccessDeniedException("not allowed for this role");
    }
}
