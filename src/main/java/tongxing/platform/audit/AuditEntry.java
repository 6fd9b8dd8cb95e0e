package tongxing.platform.audit;

import java.time.LocalDateTime;

/** One row of the audit log as the screens show it; before and after are the stored JSON text. */
public record AuditEntry(long id, LocalDateTime at, String username, String role, String regionCode, AuditAction action,
                         String entityType, String entityId, String summary, String beforeJson, String afterJson,
                         String remoteAddr) {

    public boolean hasChanges() {
        return beforeJson != null || afterJson != null;
    }
}
