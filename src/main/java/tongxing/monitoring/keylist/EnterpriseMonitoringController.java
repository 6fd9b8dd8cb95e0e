package tongxing.monitoring.keylist;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.monitoring.detection.Detection;
import tongxing.platform.i18n.Texts;
import tongxing.platform.industry.Industries;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.validation.OptimisticLockException;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.web.NotFoundException;

/**
 * An enterprise's monitoring page: key-list status with manual adjustment, headcount trend
 * (chart drawn by monitoring.js from the JSON endpoint), signal history with evidence, entries
 * and exits. Out of scope: 404.
 */
@Controller
@RequestMapping("/monitoring/enterprises/{uscc}")
class EnterpriseMonitoringController {

    private final EnterpriseRegistry registry;
    private final EnterpriseMonitoring monitoring;
    private final KeyEnterprises keyEnterprises;
    private final Detection detection;
    private final Regions regions;
    private final Industries industries;
    private final Texts texts;

    EnterpriseMonitoringController(EnterpriseRegistry registry, EnterpriseMonitoring monitoring, KeyEnterprises keyEnterprises,
                                   Detection detection, Regions regions, Industries industries, Texts texts) {
        this.texts = texts;
        this.registry = registry;
        this.monitoring = monitoring;
        this.keyEnterprises = keyEnterprises;
        this.detection = detection;
        this.regions = regions;
        this.industries = industries;
    }

    @GetMapping
    String page(@PathVariable String uscc, Model model) {
        CurrentUser user = KeyListController.staff();
        Enterprise e = enterprise(user, uscc);
        model.addAttribute("enterprise", e);
        model.addAttribute("regionName", regions.name(e.regionCode()));
        model.addAttribute("sectionName", e.industrySection() == null ? "" : e.industrySection() + " " + industries.name(e.industrySection()));
        model.addAttribute("entry", keyEnterprises.entry(e.uscc()));
        model.addAttribute("signals", monitoring.signals(e.uscc()));
        model.addAttribute("events", monitoring.events(e.uscc()));
        model.addAttribute("mayAdjust", KeyEnterprises.mayAdjust(user, e.regionCode()));
        model.addAttribute("ruleTitles", detection.rules().stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.code(), r -> texts.get(r.titleKey()))));
        return "monitoring/enterprise";
    }

    @GetMapping(path = "/trend", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    EnterpriseMonitoring.Trend trend(@PathVariable String uscc) {
        Enterprise e = enterprise(KeyListController.staff(), uscc);
        return monitoring.trend(e.uscc());
    }

    @PostMapping("/adjust")
    String adjust(@PathVariable String uscc, @RequestParam String adjustment, @RequestParam(required = false) String reason,
                  @RequestParam int version, RedirectAttributes redirect) {
        CurrentUser user = KeyListController.staff();
        Enterprise e = enterprise(user, uscc);
        KeyEnterprises.Adjustment a;
        try {
            a = KeyEnterprises.Adjustment.valueOf(adjustment);
        } catch (IllegalArgumentException ex) {
            redirect.addFlashAttribute("adjustError", texts.get("feeds.keylist.error.adjustment"));
            return "redirect:/monitoring/enterprises/" + e.uscc();
        }
        try {
            keyEnterprises.adjust(user, e, a, reason, version);
            redirect.addFlashAttribute("message", "feeds.keylist.adjusted");
        } catch (ValidationException ex) {
            redirect.addFlashAttribute("adjustError", ex.violations().get(0).reason());
        } catch (OptimisticLockException ex) {
            redirect.addFlashAttribute("adjustError", texts.get("feeds.keylist.error.changed"));
        }
        return "redirect:/monitoring/enterprises/" + e.uscc();
    }

    private Enterprise enterprise(CurrentUser user, String uscc) {
        return registry.find(user.scope(), uscc).orElseThrow(NotFoundException::new);
    }
}
