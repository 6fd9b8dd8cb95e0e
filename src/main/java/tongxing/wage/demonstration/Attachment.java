package tongxing.wage.demonstration;

import java.time.OffsetDateTime;

/** A file of a demonstration (做法材料、照片): name as uploaded, checked type, size, where it is stored. */
public record Attachment(long id, long demonstrationId, String fileName, String contentType, long sizeBytes,
                         String storagePath, String uploadedBy, OffsetDateTime uploadedAt) {
}
