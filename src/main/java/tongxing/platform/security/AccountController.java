package tongxing.platform.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;

/** Login page and the user's own password change (forced after an initial or reset password). */
@Controller
class AccountController {

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    AccountController(AccountStore accounts, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
    }

    @GetMapping("/login")
    String login(jakarta.servlet.http.HttpServletRequest request, Model model) {
        var session = request.getSession(false);
        Object last = session == null ? null : session.getAttribute(org.springframework.security.web.WebAttributes.AUTHENTICATION_EXCEPTION);
        String key = "login.failed";
        if (last instanceof org.springframework.security.authentication.LockedException) key = "login.locked";
        else if (last instanceof org.springframework.security.authentication.DisabledException) key = "login.disabled";
        model.addAttribute("loginError", key);
        return "account/login";
    }

    @GetMapping(PasswordChangeRequiredFilter.CHANGE_PATH)
    String passwordForm(Model model) {
        model.addAttribute("forced", accounts.mustChangePassword(CurrentUser.require().id()));
        return "account/password";
    }

    @PostMapping(PasswordChangeRequiredFilter.CHANGE_PATH)
    String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
                          @RequestParam String confirmPassword, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        String error = null;
        if (!encoder.matches(currentPassword, accounts.passwordHash(user.id()))) error = "password.currentWrong";
        else if (!newPassword.equals(confirmPassword)) error = "password.mismatch";
        else if (encoder.matches(newPassword, accounts.passwordHash(user.id()))) error = "password.sameAsOld";
        else error = PasswordPolicy.violation(newPassword).orElse(null);
        if (error != null) {
            model.addAttribute("error", error);
            model.addAttribute("forced", accounts.mustChangePassword(user.id()));
            return "account/password";
        }
        accounts.changePassword(user.id(), encoder.encode(newPassword));
        audit.record(AuditAction.PASSWORD_CHANGED, "user", String.valueOf(user.id()), "修改密码");
        redirect.addFlashAttribute("message", "password.changed");
        return "redirect:/";
    }
}
