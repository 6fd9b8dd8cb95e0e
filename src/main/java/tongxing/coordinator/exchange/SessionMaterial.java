package tongxing.coordinator.exchange;

/** A file of a session (课件、讲义、照片). */
public record SessionMaterial(long id, long sessionId, String fileName, String contentType, long sizeBytes, String storedName) {

    public String sizeText() {
        return sizeBytes >= 1024 * 1024 ? String.format("%.1f MB", sizeBytes / 1024.0 / 1024.0)
                : Math.max(1, sizeBytes / 1024) + " KB";
    }
}
