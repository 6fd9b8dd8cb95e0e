package tongxing.platform.audit;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tongxing.platform.exports.XlsxColumn;
import tongxing.platform.exports.XlsxExport;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The audit log of the current filter as an Excel file, one row per entry with its changes
 * spelled out ("field: old → new"). Exporting is itself recorded, before the first byte is sent.
 */
@Component
class AuditExport {

    /** Beyond a million entries, narrow the date range: nobody reads more in Excel. */
    static final int MAX_ROWS = 1_000_000;

    private final AuditSearch search;
    private final AuditLog audit;
    private final MessageSource messages;

    AuditExport(AuditSearch search, AuditLog audit, MessageSource messages) {
        this.search = search;
        this.audit = audit;
        this.messages = messages;
    }

    String fileTitle() {
        return text("admin.audit.title", LocaleContextHolder.getLocale());
    }

    long write(AuditFilter filter, OutputStream out) throws IOException {
        long rows = Math.min(search.count(filter, MAX_ROWS), MAX_ROWS);
        // The filter goes into the entry's values, not its summary, so that the entry never matches its own text search.
        audit.record(AuditAction.EXPORT, "audit_log", null, "导出审计日志 " + rows + " 条", null, filter.asMap());
        Locale l = LocaleContextHolder.getLocale();
        List<XlsxColumn<AuditEntry>> columns = List.of(
                XlsxColumn.<AuditEntry>of(text("admin.audit.at", l), AuditEntry::at).width(18),
                XlsxColumn.<AuditEntry>of(text("admin.audit.username", l), AuditEntry::username),
                XlsxColumn.<AuditEntry>of(text("admin.audit.role", l), e -> e.role() == null ? null : text("role." + e.role(), l)),
                XlsxColumn.<AuditEntry>of(text("admin.audit.region", l), AuditEntry::regionCode),
                XlsxColumn.<AuditEntry>of(text("admin.audit.action", l),
                        e -> e.action() == null ? null : text("admin.audit.action." + e.action().name(), l)),
                XlsxColumn.<AuditEntry>of(text("admin.audit.entityType", l), AuditEntry::entityType),
                XlsxColumn.<AuditEntry>of(text("admin.audit.entityId", l), AuditEntry::entityId).width(22),
                XlsxColumn.<AuditEntry>of(text("admin.audit.summary", l), AuditEntry::summary).width(50),
                XlsxColumn.<AuditEntry>of(text("admin.audit.changes", l), e -> changes(e, l)).width(60),
                XlsxColumn.<AuditEntry>of(text("admin.audit.remoteAddr", l), AuditEntry::remoteAddr));
        return new XlsxExport<>(fileTitle(), columns).write(out, sink -> search.forEach(filter, MAX_ROWS, sink));
    }

    private String changes(AuditEntry e, Locale locale) {
        if (!e.hasChanges()) return null;
        return AuditChanges.of(e.beforeJson(), e.afterJson()).stream()
                .map(c -> messages.getMessage("admin.audit.field." + c.field(), null, c.field(), locale) + "："
                        + (c.before() == null ? "—" : c.before()) + " → " + (c.after() == null ? "—" : c.after()))
                .collect(Collectors.joining("\n"));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
