package tongxing.coordinator.certification;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tongxing.coordinator.CoordinatorAccess;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.exports.XlsxColumn;
import tongxing.platform.exports.XlsxExport;
import tongxing.platform.exports.XlsxResponse;
import tongxing.platform.security.CurrentUser;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The subsidy and assessment lists, on screen and as Excel for the assessing bodies. */
@Controller
@RequestMapping("/coordinators/certification")
class CertificationController {

    private final CertificationLists lists;
    private final MessageSource messages;
    private final AuditLog audit;

    CertificationController(CertificationLists lists, MessageSource messages, AuditLog audit) {
        this.lists = lists;
        this.messages = messages;
        this.audit = audit;
    }

    /** A province of 20,000 coordinators has thousands of candidates: the page shows the first ones, the export all. */
    static final int ROWS_SHOWN = 200;

    @GetMapping
    String page(@RequestParam(required = false) Integer year, Model model) {
        CurrentUser user = browser();
        int y = year == null ? LocalDate.now().getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("minHours", lists.minHours().stripTrailingZeros().toPlainString());
        model.addAttribute("subsidy", lists.subsidyEligible(user.scope(), y));
        model.addAttribute("assessment", lists.assessmentCandidates(user.scope(), LocalDate.now()));
        model.addAttribute("shown", ROWS_SHOWN);
        return "coordinators/certification";
    }

    @GetMapping("/subsidy.xlsx")
    void subsidy(@RequestParam(required = false) Integer year, HttpServletResponse response, Locale locale) throws IOException {
        CurrentUser user = browser();
        int y = year == null ? LocalDate.now().getYear() : year;
        write(response, locale, "coordinator.certification.subsidyFile", lists.subsidyEligible(user.scope(), y));
    }

    @GetMapping("/assessment.xlsx")
    void assessment(HttpServletResponse response, Locale locale) throws IOException {
        CurrentUser user = browser();
        write(response, locale, "coordinator.certification.assessmentFile", lists.assessmentCandidates(user.scope(), LocalDate.now()));
    }

    private void write(HttpServletResponse response, Locale l, String fileKey, List<CertificationCandidate> rows) throws IOException {
        XlsxExport<CertificationCandidate> xlsx = new XlsxExport<>(text(fileKey, l), List.of(
                XlsxColumn.<CertificationCandidate>of(text("coordinator.field.name", l), CertificationCandidate::name),
                XlsxColumn.<CertificationCandidate>of(text("coordinator.field.idNumber", l), CertificationCandidate::maskedIdNumber).width(22),
                XlsxColumn.<CertificationCandidate>of(text("coordinator.field.region", l), CertificationCandidate::regionName),
                XlsxColumn.<CertificationCandidate>of(text("coordinator.field.skillLevel", l), c -> text("coordinator.level." + c.levelName(), l)),
                XlsxColumn.<CertificationCandidate>of(text("coordinator.field.certificateNo", l), CertificationCandidate::certificateNo).width(18),
                XlsxColumn.<CertificationCandidate>of(text("coordinator.field.certificateDate", l), CertificationCandidate::certificateDate),
                XlsxColumn.<CertificationCandidate>of(text("coordinator.field.certificateBody", l), CertificationCandidate::certificateBody).width(24),
                XlsxColumn.<CertificationCandidate>of(text("coordinator.field.appointedOn", l), CertificationCandidate::appointedOn),
                XlsxColumn.<CertificationCandidate>of(text("coordinator.field.trainingHours", l), CertificationCandidate::trainingHours)));
        var out = XlsxResponse.start(response, XlsxResponse.fileName(text(fileKey, l)), XlsxResponse.fileName("coordinator-list"));
        xlsx.write(out, sink -> rows.forEach(sink));
        audit.record(AuditAction.EXPORT, "coordinator", null, "导出" + text(fileKey, Locale.SIMPLIFIED_CHINESE) + " " + rows.size() + " 条");
    }

    private CurrentUser browser() {
        CurrentUser user = CurrentUser.require();
        CoordinatorAccess.require(CoordinatorAccess.mayBrowse(user.role()));
        return user;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
