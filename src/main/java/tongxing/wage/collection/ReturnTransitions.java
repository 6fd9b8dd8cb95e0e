package tongxing.wage.collection;

import tongxing.platform.security.CurrentUser;
import tongxing.wage.survey.ReturnStatus;
import tongxing.wage.survey.WageAccess;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The status rules of a return, one question each, answering with the reason a person can read when
 * the action is not allowed (empty = allowed). Who: the enterprise fills its own return; the bureau of
 * its region (or the provincial office) fills on its behalf, sends it back and accepts it.
 */
final class ReturnTransitions {

    private static final Set<ReturnStatus> REVIEWABLE = EnumSet.of(ReturnStatus.SUBMITTED, ReturnStatus.VALIDATED, ReturnStatus.ACCEPTED);

    private ReturnTransitions() {
    }

    /** Change the form, upload records, confirm warnings, submit. */
    static Optional<String> mayEdit(CurrentUser user, SurveyReturn r) {
        if (!WageAccess.mayFill(user, r.uscc(), r.regionCode())) return Optional.of("您无权填报该企业的薪酬调查");
        if (r.status() == ReturnStatus.ACCEPTED) return Optional.of("该填报已验收，不能再修改；如需修改请联系所在市县人社局退回");
        return Optional.empty();
    }

    static Optional<String> maySubmit(CurrentUser user, SurveyReturn r) {
        Optional<String> edit = mayEdit(user, r);
        if (edit.isPresent()) return edit;
        if (r.recordCount() == 0) return Optional.of("请先上传职工薪酬明细");
        return Optional.empty();
    }

    static Optional<String> maySendBack(CurrentUser user, SurveyReturn r) {
        if (!WageAccess.mayActForRegion(user, r.regionCode())) return Optional.of("只有企业所在市县人社局或省三方办可以退回");
        if (!REVIEWABLE.contains(r.status())) return Optional.of("只有已提交、已校验或已验收的填报可以退回");
        return Optional.empty();
    }

    static Optional<String> mayAccept(CurrentUser user, SurveyReturn r) {
        if (!WageAccess.mayActForRegion(user, r.regionCode())) return Optional.of("只有企业所在市县人社局或省三方办可以验收");
        if (r.status() != ReturnStatus.VALIDATED) return Optional.of("只有校验通过（无错误、异常值已确认）的填报可以验收");
        return Optional.empty();
    }
}
