package tongxing.wage.occupation;

import tongxing.platform.security.CurrentUser;
import tongxing.wage.survey.WageAccess;

/**
 * Who may do what with 职业分类: everyone who uses the wage survey reads it (enterprises look their
 * codes up); the provincial office, which runs the survey, imports the official table and 停用/启用 codes.
 */
final class OccupationAccess {

    private OccupationAccess() {
    }

    static boolean mayBrowse(CurrentUser user) {
        return WageAccess.mayBrowse(user);
    }

    static boolean mayManage(CurrentUser user) {
        return WageAccess.isSurveyAdmin(user);
    }
}
