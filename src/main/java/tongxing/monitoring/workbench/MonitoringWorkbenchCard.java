package tongxing.monitoring.workbench;

import org.springframework.stereotype.Component;
import tongxing.monitoring.clues.ClueFilter;
import tongxing.monitoring.clues.Clues;
import tongxing.monitoring.layoffplan.LayoffPlanStatus;
import tongxing.monitoring.layoffplan.LayoffPlans;
import tongxing.monitoring.layoffplan.PlanFilter;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.web.WorkbenchCard;

import java.util.List;
import java.util.Optional;

/** Program 6 on the workbench of bureau and provincial staff: what waits for them today. */
@Component
class MonitoringWorkbenchCard implements WorkbenchCard {

    private final Clues clues;
    private final LayoffPlans plans;

    MonitoringWorkbenchCard(Clues clues, LayoffPlans plans) {
        this.clues = clues;
        this.plans = plans;
    }

    @Override
    public Optional<Card> cardFor(CurrentUser user) {
        if (!user.role().isStaff()) return Optional.empty();
        long mine = clues.page(user, new ClueFilter("OPEN", null, null, false, true), 1, 1).total();
        long overdue = clues.page(user, new ClueFilter("OVERDUE", null, null, false, false), 1, 1).total();
        long toReview = plans.page(user.scope(), new PlanFilter(LayoffPlanStatus.SUBMITTED.name(), null, null), 1, 1).total();
        return Optional.of(new Card("workbench.monitoring", "/monitoring", List.of(
                Figure.toDo("workbench.monitoring.myClues", mine, "/monitoring/clues?state=OPEN&mine=true"),
                Figure.toDo("workbench.monitoring.overdueClues", overdue, "/monitoring/clues?state=OVERDUE"),
                Figure.toDo("workbench.monitoring.plansToReview", toReview, "/monitoring/layoff-plans?status=SUBMITTED"))));
    }

    @Override
    public int order() {
        return 60;
    }
}
