package tongxing.wage.demonstration;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The files a demonstration may carry: PDF and images, recognized by their first bytes (magic numbers)
 * and required to agree with the name's extension, so a renamed .exe is refused.
 */
enum AttachmentType {
    PDF("application/pdf", new byte[]{'%', 'P', 'D', 'F', '-'}, "pdf"),
    PNG("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, "png"),
    JPEG("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg");

    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final String contentType;
    private final byte[] magic;
    private final String[] extensions;

    AttachmentType(String contentType, byte[] magic, String... extensions) {
        this.contentType = contentType;
        this.magic = magic;
        this.extensions = extensions;
    }

    String contentType() {
        return contentType;
    }

    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static Optional<AttachmentType> byName(String fileName) {
        String ext = extension(fileName);
        return Arrays.stream(values()).filter(t -> Arrays.asList(t.extensions).contains(ext)).findFirst();
    }

    boolean matches(byte[] bytes) {
        if (bytes.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) if (bytes[i] != magic[i]) return false;
        return true;
    }
}
