package tongxing.wage.survey;

import org.springframework.security.access.AccessDeniedException;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;

/**
 * Who may do what in the wage survey (program 7). Data scope (which rows) is decided separately by
 * {@link tongxing.platform.security.ScopeSql}; these are the role rules on top of it.
 */
public final class WageAccess {

    private WageAccess() {
    }

    /** Staff and enterprises see program 7 (each within its scope). */
    public static boolean mayBrowse(CurrentUser user) {
        return user.role().isStaff() || user.role() == Role.ENTERPRISE;
    }

    /** The provincial office opens survey years and selects the enterprises. */
    public static boolean isSurveyAdmin(CurrentUser user) {
        return user.role() == Role.PROVINCE_ADMIN;
    }

    /** The bureau of the region, or the provincial office: acts on a return for the enterprise, accepts, returns. */
    public static boolean mayActForRegion(CurrentUser user, String regionCode) {
        if (user.role() == Role.PROVINCE_ADMIN) return true;
        return user.role() == Role.CITY_STAFF && user.regionCode() != null && user.regionCode().equals(regionCode);
    }

    /** The enterprise itself, or a bureau on its behalf. */
    public static boolean mayFill(CurrentUser user, String uscc, String regionCode) {
        if (user.role() == Role.ENTERPRISE) return uscc.equals(user.enterpriseUscc());
        return mayActForRegion(user, regionCode);
    }

    public static void require(boolean allowed) {
        if (!allowed) throw new AccessDeniedException("not allowed in the wage survey");
    }

    public static CurrentUser requireBrowse() {
        CurrentUser user = CurrentUser.require();
        require(mayBrowse(user));
        return user;
    }
}
