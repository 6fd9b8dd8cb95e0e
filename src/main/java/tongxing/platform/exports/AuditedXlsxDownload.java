package tongxing.platform.exports;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Streams a list's export to the browser and puts it on record: what was exported (the filter),
 * how many rows, and whether the download completed. Every list export goes through here.
 */
@Component
public class AuditedXlsxDownload {

    private final AuditLog audit;

    AuditedXlsxDownload(AuditLog audit) {
        this.audit = audit;
    }

    /**
     * @param fileName   the Chinese file name without extension (e.g. 企业库)
     * @param asciiName  the fallback name for old clients
     * @param rows       hands every row to the sink it is given, as the database sends them
     * @param entityType the audit entry's entity type
     * @param what       how the audit summary names the rows (e.g. 企业库)
     * @param filter     the filter the user exported, as shown in the audit entry
     */
    public <T> void send(HttpServletResponse response, String fileName, String asciiName, XlsxExport<T> xlsx,
                         Consumer<Consumer<T>> rows, String entityType, String what, Map<String, ?> filter)
            throws IOException {
        OutputStream out = XlsxResponse.start(response, XlsxResponse.fileName(fileName), XlsxResponse.fileName(asciiName));
        AtomicLong count = new AtomicLong();
        boolean complete = false;
        try {
            xlsx.write(out, sink -> rows.accept(row -> {
                sink.accept(row);
                count.incrementAndGet();
            }));
            complete = true;
        } finally {
            // Whatever left the server is on record, also when the download broke off.
            Map<String, Object> details = new LinkedHashMap<>(filter);
            details.put("rows", count.get());
            details.put("complete", complete);
            audit.record(AuditAction.EXPORT, entityType, null,
                    "导出" + what + " " + count.get() + " 条" + (complete ? "" : "（未完成）"), null, details);
        }
    }
}
