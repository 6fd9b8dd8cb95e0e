package tongxing.platform.admin.users;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.exports.XlsxColumn;
import tongxing.platform.exports.XlsxExport;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/** The user list as an Excel file, with the list's filter; phones stay masked. The export itself is audited. */
@Component
class UserExport {

    private final UserDirectory directory;
    private final AuditLog audit;
    private final MessageSource messages;

    UserExport(UserDirectory directory, AuditLog audit, MessageSource messages) {
        this.directory = directory;
        this.audit = audit;
        this.messages = messages;
    }

    String fileTitle() {
        return text("admin.users.title", LocaleContextHolder.getLocale());
    }

    long write(UserFilter filter, OutputStream out) throws IOException {
        // Audited before the first byte leaves, so that an export cut off half-way is still on record.
        audit.record(AuditAction.EXPORT, "user", null, "导出用户列表", null, filter.asMap());
        Locale l = LocaleContextHolder.getLocale();
        List<XlsxColumn<UserRow>> columns = List.of(
                XlsxColumn.<UserRow>of(text("admin.user.username", l), UserRow::username).width(16),
                XlsxColumn.<UserRow>of(text("admin.user.displayName", l), UserRow::displayName).width(18),
                XlsxColumn.<UserRow>of(text("admin.user.role", l), u -> text("role." + u.role().name(), l)).width(16),
                XlsxColumn.<UserRow>of(text("admin.user.region", l), UserRow::regionName).width(14),
                XlsxColumn.<UserRow>of(text("admin.user.organization", l), UserRow::organizationName).width(34),
                XlsxColumn.<UserRow>of(text("admin.user.enterpriseUscc", l), UserRow::enterpriseUscc).width(22),
                XlsxColumn.<UserRow>of(text("admin.user.phone", l), UserRow::maskedPhone).width(14),
                XlsxColumn.<UserRow>of(text("admin.user.email", l), UserRow::email).width(24),
                XlsxColumn.<UserRow>of(text("admin.user.status", l), u -> text("admin.user.status." + u.status().name(), l)),
                XlsxColumn.<UserRow>of(text("admin.user.lastLogin", l), UserRow::lastLoginAt).width(18),
                XlsxColumn.<UserRow>of(text("admin.user.created", l), UserRow::createdAt).width(18));
        return new XlsxExport<>(fileTitle(), columns).write(out, sink -> directory.forEach(filter, sink));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
