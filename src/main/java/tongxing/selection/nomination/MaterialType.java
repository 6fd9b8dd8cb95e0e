package tongxing.selection.nomination;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types accepted as supporting material, recognized by their first bytes (magic numbers),
 * never by the name alone: a file whose content and extension disagree is rejected.
 */
enum MaterialType {
    PDF("application/pdf", new byte[]{'%', 'P', 'D', 'F', '-'}, "pdf"),
    PNG("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, "png"),
    JPEG("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg");

    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final String contentType;
    private final byte[] magic;
    private final String[] extensions;

    MaterialType(String contentType, byte[] magic, String... extensions) {
        this.contentType = contentType;
        this.magic = magic;
        this.extensions = extensions;
    }

    String contentType() {
        return contentType;
    }

    static Optional<MaterialType> sniff(byte[] head) {
        return Arrays.stream(values()).filter(t -> startsWith(head, t.magic)).findFirst();
    }

    boolean matchesName(String fileName) {
        if (fileName == null) return false;
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.asList(extensions).contains(ext);
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) if (head[i] != magic[i]) return false;
        return true;
    }
}
