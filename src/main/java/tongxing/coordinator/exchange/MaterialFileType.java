package tongxing.coordinator.exchange;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types accepted as session materials, recognized by content and required to agree with
 * the extension: PDF, images, and Office documents (the OOXML zip packages by their part folders,
 * the legacy binary formats by the OLE2 signature).
 */
enum MaterialFileType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls"),
    PPT("application/vnd.ms-powerpoint", "ppt");

    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final String ACCEPTED = "PDF、Word、Excel、PowerPoint、JPG、PNG";

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private final String contentType;
    private final String[] extensions;

    MaterialFileType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    String contentType() {
        return contentType;
    }

    static String extension(String fileName) {
        if (fileName == null) return "";
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The type by the file's name, when the name has an accepted extension. */
    static Optional<MaterialFileType> byName(String fileName) {
        String ext = extension(fileName);
        return Arrays.stream(values()).filter(t -> Arrays.asList(t.extensions).contains(ext)).findFirst();
    }

    /** Does the content really look like this type (not just carry its extension)? */
    boolean matchesContent(byte[] bytes) {
        return switch (this) {
            case PDF -> startsWith(bytes, PDF_MAGIC);
            case PNG -> startsWith(bytes, PNG_MAGIC);
            case JPEG -> startsWith(bytes, JPEG_MAGIC);
            case DOC, XLS, PPT -> startsWith(bytes, OLE2_MAGIC);
            case DOCX -> startsWith(bytes, ZIP_MAGIC) && zipHas(bytes, "word/document.xml");
            case XLSX -> startsWith(bytes, ZIP_MAGIC) && zipHas(bytes, "xl/workbook.xml");
            case PPTX -> startsWith(bytes, ZIP_MAGIC) && zipHas(bytes, "ppt/presentation.xml");
        };
    }

    /**
     * An OOXML package: a zip whose entry names (stored uncompressed in the zip's headers) include
     * [Content_Types].xml and the application's main part. Names are searched in the bytes rather than
     * read with ZipInputStream, which refuses valid packages written with data descriptors.
     */
    private static boolean zipHas(byte[] bytes, String mainPart) {
        return contains(bytes, "[Content_Types].xml") && contains(bytes, mainPart) && contains(bytes, "PK\u0005\u0006");
    }

    private static boolean contains(byte[] bytes, String ascii) {
        byte[] needle = ascii.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (bytes[i + j] != needle[j]) continue outer;
            return true;
        }
        return false;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) if (head[i] != magic[i]) return false;
        return true;
    }
}
