package tongxing.coordinator.registry.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tongxing.coordinator.CoordinatorAccess;
import tongxing.coordinator.CoordinatorScope;
import tongxing.coordinator.Coordinators;
import tongxing.coordinator.GoldAwards;
import tongxing.coordinator.coverage.CoverageAssignments;
import tongxing.coordinator.registry.Coordinator;
import tongxing.coordinator.registry.CoordinatorNotFoundException;
import tongxing.coordinator.registry.CoordinatorRegistry;
import tongxing.coordinator.registry.TrainingRecords;
import tongxing.coordinator.worklog.WorkLog;
import tongxing.coordinator.worklog.WorkLogKind;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Fills the model of one coordinator's page: profile (full ID number only for those who keep the
 * register), training, covered enterprises, work log and this year's figures. Used by every
 * controller that answers with that page, also after a sub-form was rejected.
 */
@Component
public class CoordinatorDetails {

    private final CoordinatorRegistry registry;
    private final Coordinators coordinators;
    private final TrainingRecords trainings;
    private final CoverageAssignments coverage;
    private final WorkLog workLog;
    private final EnterpriseRegistry enterprises;
    private final CoordinatorOptions options;
    private final AuditLog audit;
    private final GoldAwards goldAwards;

    CoordinatorDetails(CoordinatorRegistry registry, Coordinators coordinators, TrainingRecords trainings,
                       CoverageAssignments coverage, WorkLog workLog, EnterpriseRegistry enterprises,
                       CoordinatorOptions options, AuditLog audit, GoldAwards goldAwards) {
        this.goldAwards = goldAwards;
        this.registry = registry;
        this.coordinators = coordinators;
        this.trainings = trainings;
        this.coverage = coverage;
        this.workLog = workLog;
        this.enterprises = enterprises;
        this.options = options;
        this.audit = audit;
    }

    public String show(Model model, CurrentUser user, long id) {
        CoordinatorAccess.require(CoordinatorAccess.mayView(user.role()));
        Coordinator c = registry.find(user.scope(), id).orElseThrow(CoordinatorNotFoundException::new);
        boolean manage = CoordinatorAccess.mayWrite(user.role()) && CoordinatorScope.mayManage(user.scope(), c.regionCode());
        model.addAttribute("c", c);
        model.addAttribute("regionName", options.regionName(c.regionCode()));
        boolean full = CoordinatorAccess.maySeeFullIdNumber(user.role());
        if (full) audit.record(AuditAction.VIEW_PERSONAL_DATA, "coordinator", Long.toString(id), "查看协调员完整身份证号码：" + c.name());
        model.addAttribute("idNumber", full ? c.idNumber() : c.maskedIdNumber());
        model.addAttribute("idMasked", !CoordinatorAccess.maySeeFullIdNumber(user.role()));
        model.addAttribute("age", c.age(LocalDate.now()));
        model.addAttribute("mayWrite", manage);
        model.addAttribute("mayBrowse", CoordinatorAccess.mayBrowse(user.role()));
        model.addAttribute("trainings", trainings.of(id));
        model.addAttribute("goldYears", goldAwards.years(id));
        List<Map<String, Object>> covered = coverage.of(id);
        model.addAttribute("coverage", covered);
        model.addAttribute("enterpriseNames", enterprises.names(Scope.province(),
                covered.stream().map(r -> (String) r.get("uscc")).toList()));
        model.addAttribute("employerName", c.enterpriseUscc() == null ? null
                : enterprises.names(Scope.province(), List.of(c.enterpriseUscc())).get(c.enterpriseUscc()));
        model.addAttribute("entries", workLog.entries(user.scope(), id, 50));
        int year = LocalDate.now().getYear();
        model.addAttribute("year", year);
        model.addAttribute("figures", workLog.forCoordinator(user.scope(), id, year));
        model.addAttribute("mayLog", coordinators.find(user.scope(), id).map(s -> WorkLog.mayWrite(user, s)).orElse(false));
        model.addAttribute("kinds", WorkLogKind.values());
        if (!model.containsAttribute("trainingForm")) model.addAttribute("trainingForm", Map.of());
        if (!model.containsAttribute("workLogForm")) model.addAttribute("workLogForm", Map.of());
        if (!model.containsAttribute("trainingErrors")) model.addAttribute("trainingErrors", Map.of());
        if (!model.containsAttribute("workLogErrors")) model.addAttribute("workLogErrors", Map.of());
        return "coordinators/detail";
    }
}
