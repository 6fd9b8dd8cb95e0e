package tongxing.platform.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;

/** Counts failed logins towards the lockout and writes every attempt to the audit log. */
@Component
class LoginEvents {

    private final AccountStore accounts;
    private final AuditLog audit;

    LoginEvents(AccountStore accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof AccountDetails)) return;
        String username = event.getAuthentication().getName();
        accounts.recordSuccess(username);
        audit.recordAs(username, AuditAction.LOGIN_SUCCESS, "登录成功");
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        String reason = event.getException().getClass().getSimpleName();
        boolean nowLocked = accounts.recordFailure(username);
        audit.recordAs(username, AuditAction.LOGIN_FAILURE, "登录失败：" + reason);
        if (nowLocked) audit.recordAs(username, AuditAction.ACCOUNT_LOCKED, "连续登录失败，账号锁定 15 分钟");
    }
}
