package tongxing.selection.nomination;

/** 推荐材料: one uploaded file of a nomination. */
public record Material(long id, long nominationId, String fileName, String contentType, long sizeBytes, String storedName) {
}
