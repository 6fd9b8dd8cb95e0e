package tongxing.selection;

import org.springframework.security.access.AccessDeniedException;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who does which step of a selection. The tripartite office (PROVINCE_ADMIN) runs the campaign,
 * assigns reviewers and decides; city bureaus nominate in their region and the provincial parties
 * in the whole province; reviewers are provincial staff or experts.
 */
public final class SelectionAccess {

    public static final Set<Role> NOMINATORS = EnumSet.of(Role.CITY_STAFF, Role.PROVINCE_PARTY);
    public static final Set<Role> REVIEWER_ROLES = EnumSet.of(Role.PROVINCE_ADMIN, Role.PROVINCE_PARTY, Role.EXPERT);
    public static final Set<Role> BROWSE = EnumSet.of(Role.PROVINCE_ADMIN, Role.PROVINCE_PARTY, Role.CITY_STAFF, Role.EXPERT);

    private SelectionAccess() {
    }

    public static boolean isAdmin(CurrentUser user) {
        return user.role() == Role.PROVINCE_ADMIN;
    }

    public static CurrentUser requireAdmin() {
        CurrentUser user = CurrentUser.require();
        require(isAdmin(user));
        return user;
    }

    public static CurrentUser requireNominator() {
        CurrentUser user = CurrentUser.require();
        require(NOMINATORS.contains(user.role()));
        return user;
    }

    /** Answers 403 when the rule says no. */
    public static void require(boolean allowed) {
        if (!allowed) throw new AccessDeniedException("not allowed for this role");
    }
}
