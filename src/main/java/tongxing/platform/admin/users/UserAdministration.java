package tongxing.platform.admin.users;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.admin.AdminAccess;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.crypto.PersonalDataCipher;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.NewAccount;
import tongxing.platform.security.UserAccounts;
import tongxing.platform.validation.OptimisticLockException;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.web.NotFoundException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the provincial office does to accounts (用户管理): open, change role and scope, reset the
 * password, disable, enable, unlock. Every action is audited with the values before and after;
 * neither a password nor its hash ever reaches the audit log.
 */
@Service
class UserAdministration {

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final UserDirectory directory;
    private final UserRules rules;
    private final PasswordEncoder encoder;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final MessageSource messages;

    UserAdministration(JdbcClient jdbc, UserAccounts accounts, UserDirectory directory, UserRules rules,
                       PasswordEncoder encoder, PersonalDataCipher cipher, AuditLog audit, MessageSource messages) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.directory = directory;
        this.rules = rules;
        this.encoder = encoder;
        this.cipher = cipher;
        this.audit = audit;
        this.messages = messages;
    }

    /** The new account's id and, when the administrator left the password empty, the generated one (shown once). */
    record Created(long id, String username, String generatedPassword) {
    }

    @Transactional
    public Created create(UserForm form) {
        AdminAccess.require();
        ValidAccount a = rules.check(form, true);
        String generated = a.initialPassword() == null ? InitialPasswords.generate() : null;
        Long organizationId = organizationOf(a);
        long id;
        try {
            id = accounts.create(new NewAccount(a.username(), a.displayName(), generated != null ? generated : a.initialPassword(),
                    a.role(), a.regionCode(), organizationId, a.enterpriseUscc(), a.phone(), a.email(), true));
        } catch (DuplicateKeyException e) {
            throw new ValidationException("username", text("admin.user.error.usernameTaken", a.username()));
        }
        UserRow created = directory.find(id).orElseThrow();
        audit.record(AuditAction.USER_CREATED, "user", String.valueOf(id), "新增用户：" + a.username(), null, view(created));
        return new Created(id, a.username(), generated);
    }

    @Transactional
    public void update(long id, UserForm form) {
        CurrentUser admin = AdminAccess.require();
        UserRow before = directory.find(id).orElseThrow(NotFoundException::new);
        ValidAccount a = rules.check(form, false);
        if (admin.id() == id && a.role() != before.role())
            throw new ValidationException("role", text("admin.user.error.ownRole"));
        if (form.getVersion() == null) throw new OptimisticLockException(text("admin.user.lockedRecord", before.username()));
        Long organizationId = organizationOf(a);
        int updated = jdbc.sql("""
                        UPDATE platform_user SET display_name = :displayName, role = :role, region_code = :region,
                            organization_id = :org, enterprise_uscc = :uscc, email = :email,
                            phone_enc = CASE WHEN CAST(:phone AS text) IS NULL THEN phone_enc ELSE CAST(:phone AS text) END,
                            version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("displayName", a.displayName())
                .param("role", a.role().name())
                .param("region", a.regionCode())
                .param("org", organizationId)
                .param("uscc", a.enterpriseUscc())
                .param("email", a.email())
                .param("phone", cipher.encrypt(a.phone()))
                .param("id", id)
                .param("version", form.getVersion())
                .update();
        if (updated == 0) throw new OptimisticLockException(text("admin.user.lockedRecord", before.username()));
        auditChange(AuditAction.USER_UPDATED, before, "修改用户：" + before.username());
    }

    /** A new initial password (returned once, never stored in clear): the user must change it and is unlocked. */
    @Transactional
    public String resetPassword(long id) {
        AdminAccess.require();
        UserRow before = directory.find(id).orElseThrow(NotFoundException::new);
        String password = InitialPasswords.generate();
        jdbc.sql("""
                        UPDATE platform_user SET password_hash = :hash, must_change_password = true, failed_attempts = 0,
                            locked_until = NULL, version = version + 1
                        WHERE id = :id""")
                .param("hash", encoder.encode(password)).param("id", id).update();
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("mustChangePassword", before.mustChangePassword());
        b.put("locked", before.locked());
        audit.record(AuditAction.PASSWORD_RESET, "user", String.valueOf(id), "重置密码：" + before.username(), b,
                Map.of("mustChangePassword", true, "locked", false));
        return password;
    }

    @Transactional
    public void disable(long id) {
        CurrentUser admin = AdminAccess.require();
        if (admin.id() == id) throw new ValidationException("enabled", text("admin.user.error.disableSelf"));
        setEnabled(id, false, AuditAction.USER_DISABLED, "停用用户：");
    }

    @Transactional
    public void enable(long id) {
        AdminAccess.require();
        setEnabled(id, true, AuditAction.USER_ENABLED, "启用用户：");
    }

    @Transactional
    public void unlock(long id) {
        AdminAccess.require();
        UserRow before = directory.find(id).orElseThrow(NotFoundException::new);
        jdbc.sql("UPDATE platform_user SET failed_attempts = 0, locked_until = NULL, version = version + 1 WHERE id = :id")
                .param("id", id).update();
        audit.record(AuditAction.USER_UNLOCKED, "user", String.valueOf(id), "解锁用户：" + before.username(),
                Map.of("locked", before.locked(), "failedAttempts", before.failedAttempts()),
                Map.of("locked", false, "failedAttempts", 0));
    }

    private void setEnabled(long id, boolean enabled, AuditAction action, String summary) {
        UserRow before = directory.find(id).orElseThrow(NotFoundException::new);
        if (before.enabled() == enabled) return;
        jdbc.sql("UPDATE platform_user SET enabled = :enabled, version = version + 1 WHERE id = :id")
                .param("enabled", enabled).param("id", id).update();
        audit.record(action, "user", String.valueOf(id), summary + before.username(),
                Map.of("enabled", before.enabled()), Map.of("enabled", enabled));
    }

    private Long organizationOf(ValidAccount a) {
        if (a.newOrganizationName() == null) return a.organizationId();
        long id = accounts.organization(a.newOrganizationName(), a.newOrganizationKind().name(), a.regionCode());
        audit.record(AuditAction.CREATE, "organization", String.valueOf(id), "新增组织：" + a.newOrganizationName(), null,
                Map.of("name", a.newOrganizationName(), "kind", a.newOrganizationKind().name(), "region", a.regionCode()));
        return id;
    }

    /** Audits the fields that changed, read back from the database after the write. */
    private void auditChange(AuditAction action, UserRow before, String summary) {
        UserRow after = directory.find(before.id()).orElseThrow();
        Map<String, Object> b = view(before), a = view(after);
        b.keySet().removeIf(k -> Objects.equals(b.get(k), a.get(k)));
        a.keySet().removeIf(k -> !b.containsKey(k));
        audit.record(action, "user", String.valueOf(before.id()), summary, b, a);
    }

    /** What the audit log keeps of an account: the phone masked, no password, no hash. */
    private static Map<String, Object> view(UserRow u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.username());
        m.put("displayName", u.displayName());
        m.put("role", u.role().name());
        m.put("region", u.regionName() + "（" + u.regionCode() + "）");
        m.put("organization", u.organizationName());
        m.put("enterpriseUscc", u.enterpriseUscc());
        m.put("phone", u.maskedPhone());
        m.put("email", u.email());
        m.put("enabled", u.enabled());
        m.put("mustChangePassword", u.mustChangePassword());
        return m;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
