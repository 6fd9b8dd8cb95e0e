package tongxing.enterprise.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseNotFoundException;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.enterprise.EnterpriseWork;
import tongxing.enterprise.EnterpriseWorkSource;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.web.NotFoundException;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** One enterprise: the detail page, an enterprise's own record, and the audited look at the full phone number. */
@Controller
@RequestMapping("/enterprises")
class EnterpriseDetailController {

    private final EnterpriseRegistry registry;
    private final EnterpriseDetails.Factory details;
    private final AuditLog audit;
    private final List<EnterpriseWorkSource> work;
    private final EnterpriseHistory history;

    EnterpriseDetailController(EnterpriseRegistry registry, EnterpriseDetails.Factory details, AuditLog audit,
                               List<EnterpriseWorkSource> work, EnterpriseHistory history) {
        this.registry = registry;
        this.details = details;
        this.audit = audit;
        this.work = work;
        this.history = history;
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.require();
        RegistryAccess.require(RegistryAccess.mayView(user.role()));
        return show(load(user, id), user, model);
    }

    /** The enterprise account's own company. */
    @GetMapping("/mine")
    String mine(Model model) {
        CurrentUser user = CurrentUser.require();
        if (user.role() != Role.ENTERPRISE || user.enterpriseUscc() == null) throw new NotFoundException();
        Enterprise e = registry.find(user.scope(), user.enterpriseUscc()).orElseThrow(EnterpriseNotFoundException::new);
        return show(e, user, model);
    }

    /**
     * The full contact phone, for the roles that call enterprises; every look is audited. htmx
     * swaps the masked number for the full one; without JavaScript the page comes back with it.
     */
    @PostMapping("/{id:\\d+}/phone")
    String revealPhone(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                       Model model) {
        CurrentUser user = CurrentUser.require();
        RegistryAccess.require(RegistryAccess.mayRevealPhone(user.role()));
        Enterprise e = load(user, id);
        audit.record(AuditAction.VIEW_PERSONAL_DATA, "enterprise", e.uscc(), "查看企业联系电话完整号码：" + e.name());
        model.addAttribute("fullPhone", e.contactPhone());
        if (htmx != null) return "enterprises/detail :: fullPhone";
        return show(e, user, model);
    }

    private Enterprise load(CurrentUser user, long id) {
        return registry.findById(user.scope(), id).orElseThrow(EnterpriseNotFoundException::new);
    }

    private String show(Enterprise e, CurrentUser user, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("e", details.of(e));
        model.addAttribute("work", work.stream().flatMap(w -> w.about(user, e, locale).stream())
                .sorted(Comparator.comparingInt(EnterpriseWork::order)).toList());
        model.addAttribute("mayWrite", RegistryAccess.mayWrite(user.role()));
        model.addAttribute("mayRevealPhone", RegistryAccess.mayRevealPhone(user.role()) && e.contactPhone() != null);
        model.addAttribute("mayBrowse", RegistryAccess.mayBrowse(user.role()));
        // Staff see who registered and changed the record; an enterprise's own account does not see staff accounts.
        model.addAttribute("history", user.role().isStaff() ? history.of(e, locale) : null);
        model.addAttribute("mayOpenAudit", user.role() == Role.PROVINCE_ADMIN);
        return "enterprises/detail";
    }
}
