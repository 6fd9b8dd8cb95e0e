package tongxing.platform.imports;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.imports.excel.TemplateWriter;
import tongxing.platform.security.CurrentUser;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The workbooks users download besides error reports: the templates and the history list. */
@Component
class ImportWorkbooks {

    static final int HISTORY_EXPORT_LIMIT = 50_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final ImportDefinitions definitions;
    private final ImportJobs jobs;
    private final AuditLog audit;
    private final MessageSource messages;

    ImportWorkbooks(ImportDefinitions definitions, ImportJobs jobs, AuditLog audit, MessageSource messages) {
        this.definitions = definitions;
        this.jobs = jobs;
        this.audit = audit;
        this.messages = messages;
    }

    void template(ImportDefinition<?> definition, OutputStream out, Locale locale) throws IOException {
        TemplateWriter.Labels labels = new TemplateWriter.Labels(text("imports.template.sheetInstructions", locale),
                text("imports.template.intro", locale), text("imports.template.column", locale),
                text("imports.template.required", locale), text("imports.template.example", locale),
                text("imports.template.note", locale), text("imports.template.yes", locale),
                text("imports.template.no", locale), text("imports.template.code", locale),
                text("imports.template.name", locale));
        List<ImportColumn> columns = definition.columns().stream()
                .map(c -> c.note() == null ? c : new ImportColumn(c.header(), c.required(), c.example(),
                        messages.getMessage(c.note(), null, c.note(), locale)))
                .toList();
        TemplateWriter.write(out, text(definition.titleKey(), locale), columns, definition.codeLists(), labels);
    }

    /** The import history the user may list, as Excel (audited like every export). */
    void history(CurrentUser user, OutputStream out, Locale locale) throws IOException {
        List<ImportJob> list = jobs.history(user, 0, HISTORY_EXPORT_LIMIT);
        Workbook wb = new Workbook(out, "Tongxing", "1.0");
        Worksheet ws = wb.newWorksheet(text("imports.title", locale));
        String[] head = {"imports.col.id", "imports.col.kind", "imports.col.file", "imports.col.user", "imports.col.createdAt",
                "imports.col.status", "imports.col.total", "imports.col.valid", "imports.col.errors", "imports.col.inserted",
                "imports.col.updated", "imports.col.unchanged", "imports.col.message"};
        for (int c = 0; c < head.length; c++) {
            ws.value(0, c, text(head[c], locale));
            ws.style(0, c).bold().fillColor("D9E1F2").set();
            ws.width(c, c == 2 || c == 12 ? 40 : 14);
        }
        int r = 0;
        for (ImportJob j : list) {
            r++;
            ws.value(r, 0, j.id());
            ws.value(r, 1, messages.getMessage(definitions.titleKey(j.kind()), null, j.kind(), locale));
            ws.value(r, 2, j.fileName());
            ws.value(r, 3, j.userDisplayName());
            ws.value(r, 4, TIME.format(j.createdAt()));
            ws.value(r, 5, text("imports.status." + j.status(), locale));
            ws.value(r, 6, j.totalRows());
            ws.value(r, 7, j.validRows());
            ws.value(r, 8, j.errorRows());
            ws.value(r, 9, j.insertedRows());
            ws.value(r, 10, j.updatedRows());
            ws.value(r, 11, j.unchangedRows());
            ws.value(r, 12, j.message());
        }
        wb.finish();
        audit.record(AuditAction.EXPORT, "import", null, "导出导入记录：" + list.size() + " 条");
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
