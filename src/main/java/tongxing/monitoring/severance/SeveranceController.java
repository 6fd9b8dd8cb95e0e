package tongxing.monitoring.severance;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** 经济补偿计算器: for every logged-in user, with each step of the computation shown. */
@Controller
class SeveranceController {

    private final SeveranceQuotes quotes;
    private final Regions regions;

    SeveranceController(SeveranceQuotes quotes, Regions regions) {
        this.quotes = quotes;
        this.regions = regions;
    }

    /** The form as typed, so that nothing is lost when it comes back with errors. */
    static class Form {
        public BigDecimal averageMonthlyWage;
        public BigDecimal previousMonthWage;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate hireDate;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate terminationDate;
        public TerminationType type;
        public String regionCode;
        public boolean noticeGiven;
        public boolean renewalOfferedAndRefused;

        public BigDecimal getAverageMonthlyWage() { return averageMonthlyWage; }
        public void setAverageMonthlyWage(BigDecimal v) { averageMonthlyWage = v; }
        public BigDecimal getPreviousMonthWage() { return previousMonthWage; }
        public void setPreviousMonthWage(BigDecimal v) { previousMonthWage = v; }
        public LocalDate getHireDate() { return hireDate; }
        public void setHireDate(LocalDate v) { hireDate = v; }
        public LocalDate getTerminationDate() { return terminationDate; }
        public void setTerminationDate(LocalDate v) { terminationDate = v; }
        public TerminationType getType() { return type; }
        public void setType(TerminationType v) { type = v; }
        public String getRegionCode() { return regionCode; }
        public void setRegionCode(String v) { regionCode = v; }
        public boolean isNoticeGiven() { return noticeGiven; }
        public void setNoticeGiven(boolean v) { noticeGiven = v; }
        public boolean isRenewalOfferedAndRefused() { return renewalOfferedAndRefused; }
        public void setRenewalOfferedAndRefused(boolean v) { renewalOfferedAndRefused = v; }
    }

    @GetMapping("/tools/severance")
    String form(Model model) {
        Form form = new Form();
        form.regionCode = CurrentUser.find().map(CurrentUser::regionCode).filter(regions::isCity).orElse("460100");
        form.terminationDate = LocalDate.now();
        form.type = TerminationType.ECONOMIC_LAYOFF;
        return page(model, form);
    }

    @PostMapping("/tools/severance")
    String compute(@ModelAttribute("form") Form form, Model model) {
        try {
            model.addAttribute("quote", quotes.quote(new SeveranceInput(form.averageMonthlyWage, form.hireDate,
                    form.terminationDate, form.type, form.regionCode, form.previousMonthWage, form.noticeGiven,
                    form.renewalOfferedAndRefused)));
        } catch (ValidationException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (Violation v : e.violations()) errors.merge(v.field(), v.reason(), (a, b) -> a + "；" + b);
            model.addAttribute("errors", errors);
        }
        return page(model, form);
    }

    private String page(Model model, Form form) {
        model.addAttribute("form", form);
        model.addAttribute("regions", regions.cities());
        model.addAttribute("types", TerminationType.values());
        if (!model.containsAttribute("errors")) model.addAttribute("errors", Map.of());
        return "tools/severance";
    }
}
