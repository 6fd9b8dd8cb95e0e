package tongxing.platform.imports;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One upload and what became of it (platform_import_job). */
public record ImportJob(long id, String kind, String fileName, String storedPath, String username,
                        String userDisplayName, String regionCode, ImportJobStatus status, int totalRows,
                        int validRows, int errorRows, int insertedRows, int updatedRows, int unchangedRows,
                        Instant createdAt, Instant finishedAt, String message, String errorReportPath) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** Upload time in Hainan's local time, for screens. */
    public String createdAtText() {
        return TIME.format(createdAt);
    }

    public String finishedAtText() {
        return finishedAt == null ? "" : TIME.format(finishedAt);
    }

    public boolean committable() {
        return status == ImportJobStatus.VALIDATED && validRows > 0;
    }

    public boolean cancellable() {
        return status == ImportJobStatus.VALIDATED;
    }

    public boolean hasErrorReport() {
        return errorReportPath != null && errorRows > 0;
    }
}
