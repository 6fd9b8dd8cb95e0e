package tongxing.coordinator.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.coordinator.CoordinatorAccess;
import tongxing.coordinator.registry.TrainingRecords;
import tongxing.platform.i18n.Texts;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** One coordinator's page, and adding a training record to it. */
@Controller
@RequestMapping("/coordinators")
class CoordinatorDetailController {

    private final CoordinatorDetails details;
    private final TrainingRecords trainings;
    private final Texts texts;

    CoordinatorDetailController(CoordinatorDetails details, TrainingRecords trainings, Texts texts) {
        this.details = details;
        this.trainings = trainings;
        this.texts = texts;
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        return details.show(model, CurrentUser.require(), id);
    }

    @PostMapping("/{id:\\d+}/trainings")
    String addTraining(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
                       RedirectAttributes redirect, HttpServletResponse response) {
        CurrentUser user = CurrentUser.require();
        CoordinatorAccess.require(CoordinatorAccess.mayWrite(user.role()));
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = parseDate(form.get("trainedOn"), errors);
        BigDecimal hours = parseHours(form.get("hours"), errors);
        try {
            if (!errors.isEmpty()) throw new ValidationException("trainedOn", errors.values().iterator().next());
            trainings.add(user.scope(), id, on, hours, form.get("topic"), "true".equals(form.get("subsidyEligible")));
            redirect.addFlashAttribute("message", "coordinator.training.saved");
            return "redirect:/coordinators/" + id;
        } catch (ValidationException e) {
            for (Violation v : e.violations()) errors.putIfAbsent(v.field(), v.reason());
            model.addAttribute("trainingForm", form);
            model.addAttribute("trainingErrors", errors);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return details.show(model, user, id);
        }
    }

    private LocalDate parseDate(String raw, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) return null;
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            errors.put("trainedOn", texts.get("coordinator.training.error.dateFormat"));
            return null;
        }
    }

    private BigDecimal parseHours(String raw, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) return null;
        try {
            return new BigDecimal(raw.trim());
        } catch (NumberFormatException e) {
            errors.put("hours", texts.get("coordinator.training.error.hoursNumber"));
            return null;
        }
    }
}
