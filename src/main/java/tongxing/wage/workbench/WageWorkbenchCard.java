package tongxing.wage.workbench;

import org.springframework.stereotype.Component;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.web.WorkbenchCard;
import tongxing.wage.collection.SurveyReturn;
import tongxing.wage.collection.SurveyReturns;
import tongxing.wage.survey.ReturnSearch;
import tongxing.wage.survey.ReturnStatus;
import tongxing.wage.survey.Surveys;

import java.util.List;
import java.util.Optional;

/**
 * Program 7 on the workbench. Staff see the latest survey year's returns that wait for them (to check and
 * accept) or for the enterprises (not filled in, sent back); an enterprise sees its own returns still to fill.
 */
@Component
class WageWorkbenchCard implements WorkbenchCard {

    private final Surveys surveys;
    private final ReturnSearch search;
    private final SurveyReturns returns;

    WageWorkbenchCard(Surveys surveys, ReturnSearch search, SurveyReturns returns) {
        this.surveys = surveys;
        this.search = search;
        this.returns = returns;
    }

    @Override
    public Optional<Card> cardFor(CurrentUser user) {
        if (user.role() == Role.ENTERPRISE) return enterprise(user);
        if (!user.role().isStaff()) return Optional.empty();
        return surveys.latestYear().map(year -> {
            long[] n = new long[ReturnStatus.values().length];
            search.tally(user.scope(), year).forEach(t -> {
                for (ReturnStatus s : ReturnStatus.values()) n[s.ordinal()] += t.count(s);
            });
            String list = "/wage/returns?year=" + year + "&status=";
            return new Card("workbench.wage", "/wage?year=" + year, List.of(
                    figure("workbench.wage.validated", n, ReturnStatus.VALIDATED, year, true),
                    figure("workbench.wage.submitted", n, ReturnStatus.SUBMITTED, year, true),
                    figure("workbench.wage.notStarted", n, ReturnStatus.NOT_STARTED, year, false),
                    figure("workbench.wage.returned", n, ReturnStatus.RETURNED, year, false)));
        });
    }

    private static Figure figure(String key, long[] counts, ReturnStatus status, int year, boolean staffAction) {
        return new Figure(key, counts[status.ordinal()], "/wage/returns?year=" + year + "&status=" + status, staffAction);
    }

    private Optional<Card> enterprise(CurrentUser user) {
        if (user.enterpriseUscc() == null) return Optional.empty();
        List<SurveyReturn> own = returns.ofEnterprise(user.scope(), user.enterpriseUscc());
        if (own.isEmpty()) return Optional.empty();
        long toFill = own.stream().filter(r -> r.status() == ReturnStatus.NOT_STARTED || r.status() == ReturnStatus.RETURNED).count();
        long accepted = own.stream().filter(r -> r.status() == ReturnStatus.ACCEPTED).count();
        return Optional.of(new Card("workbench.wage", "/wage", List.of(
                Figure.toDo("workbench.wage.ownToFill", toFill, "/wage"),
                new Figure("workbench.wage.ownAccepted", accepted, "/wage"))));
    }

    @Override
    public int order() {
        return 70;
    }
}
