package tongxing.wage.collection;

import tongxing.platform.security.CurrentUser;
import tongxing.wage.survey.ReturnStatus;
import tongxing.wage.survey.WageAccess;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The status rules of a return, one question each, answering with the bundle key of the reason a person
 * reads when the action is not allowed (empty = allowed). Who: the enterprise fills its own return; the bureau of
 * its region (or the provincial office) fills on its behalf, sends it back and accepts it.
 */
final class ReturnTransitions {

    private static final Set<ReturnStatus> REVIEWABLE = EnumSet.of(ReturnStatus.SUBMITTED, ReturnStatus.VALIDATED, ReturnStatus.ACCEPTED);

    private ReturnTransitions() {
    }

    /** Change the form, upload records, confirm warnings, submit. */
    static Optional<String> mayEdit(CurrentUser user, SurveyReturn r) {
        if (!WageAccess.mayFill(user, r.uscc(), r.regionCode())) return Optional.of("wage.return.denied.fill");
        if (r.status() == ReturnStatus.ACCEPTED) return Optional.of("wage.return.denied.accepted");
        return Optional.empty();
    }

    static Optional<String> maySubmit(CurrentUser user, SurveyReturn r) {
        Optional<String> edit = mayEdit(user, r);
        if (edit.isPresent()) return edit;
        if (r.recordCount() == 0) return Optional.of("wage.return.denied.noRecords");
        return Optional.empty();
    }

    static Optional<String> maySendBack(CurrentUser user, SurveyReturn r) {
        if (!WageAccess.mayActForRegion(user, r.regionCode())) return Optional.of("wage.return.denied.sendBackWho");
        if (!REVIEWABLE.contains(r.status())) return Optional.of("wage.return.denied.sendBackStatus");
        return Optional.empty();
    }

    static Optional<String> mayAccept(CurrentUser user, SurveyReturn r) {
        if (!WageAccess.mayActForRegion(user, r.regionCode())) return Optional.of("wage.return.denied.acceptWho");
        if (r.status() != ReturnStatus.VALIDATED) return Optional.of("wage.return.denied.acceptStatus");
        return Optional.empty();
    }
}
