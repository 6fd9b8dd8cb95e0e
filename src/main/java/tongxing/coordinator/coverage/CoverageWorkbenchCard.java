package tongxing.coordinator.coverage;

import org.springframework.stereotype.Component;
import tongxing.coordinator.CoordinatorAccess;
import tongxing.coordinator.coverage.CoverageIndicators.Indicator;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.platform.web.WorkbenchCard;

import java.util.List;
import java.util.Optional;

/**
 * Program 1 on the workbench of provincial and city staff: the enterprises the plan still wants covered
 * (large/medium without a coordinator, small/micro without a grassroots one), from the coverage snapshot,
 * so the figure is the one the coverage page shows and the list it opens.
 */
@Component
class CoverageWorkbenchCard implements WorkbenchCard {

    private static final String UNCOVERED = "/coordinators/coverage/uncovered?indicator=";

    private final CoverageIndicators indicators;

    CoverageWorkbenchCard(CoverageIndicators indicators) {
        this.indicators = indicators;
    }

    @Override
    public Optional<Card> cardFor(CurrentUser user) {
        if (!user.role().isStaff() || !CoordinatorAccess.mayBrowse(user.role())) return Optional.empty();
        if (!(user.scope() instanceof Scope.Province) && !(user.scope() instanceof Scope.Region)) return Optional.empty();
        long largeMedium = indicators.uncovered(user.scope(), Indicator.LARGE_MEDIUM, null, null).count();
        long smallMicro = indicators.uncovered(user.scope(), Indicator.SMALL_MICRO, null, null).count();
        return Optional.of(new Card("workbench.coverage", "/coordinators/coverage", List.of(
                Figure.toDo("workbench.coverage.largeMediumUncovered", largeMedium, UNCOVERED + Indicator.LARGE_MEDIUM),
                new Figure("workbench.coverage.smallMicroUncovered", smallMicro, UNCOVERED + Indicator.SMALL_MICRO))));
    }

    @Override
    public int order() {
        return 20;
    }
}
