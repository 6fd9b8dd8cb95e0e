package tongxing.wage.collection;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.wage.service.ServiceCoverage;
import tongxing.wage.survey.ReturnSearch;
import tongxing.wage.survey.ReturnStatus;
import tongxing.wage.survey.Surveys;
import tongxing.wage.survey.WageAccess;

/** 概览 (/wage): returns by region and status and the 10% service indicator for staff; its own survey tasks for an enterprise. */
@Controller
class WageOverviewController {

    private final Surveys surveys;
    private final ReturnSearch search;
    private final SurveyReturns returns;
    private final ServiceCoverage coverage;

    WageOverviewController(Surveys surveys, ReturnSearch search, SurveyReturns returns, ServiceCoverage coverage) {
        this.surveys = surveys;
        this.search = search;
        this.returns = returns;
        this.coverage = coverage;
    }

    @GetMapping("/wage")
    String overview(@RequestParam(required = false) Integer year, Model model) {
        CurrentUser user = WageAccess.requireBrowse();
        if (user.role() == Role.ENTERPRISE) {
            model.addAttribute("tasks", returns.ofEnterprise(user.scope(), user.enterpriseUscc() == null ? "" : user.enterpriseUscc()));
            return "wage/overview";
        }
        Integer y = year != null ? year : surveys.latestYear().orElse(null);
        model.addAttribute("year", y);
        model.addAttribute("years", surveys.list());
        model.addAttribute("statuses", ReturnStatus.values());
        model.addAttribute("tally", y == null ? java.util.List.of() : search.tally(user.scope(), y));
        if (y != null) model.addAttribute("coverage", coverage.of(user.scope(), y));
        return "wage/overview";
    }
}
