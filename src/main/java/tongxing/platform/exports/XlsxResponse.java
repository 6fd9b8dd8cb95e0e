package tongxing.platform.exports;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Starts an .xlsx download: headers first, then the body is streamed by {@link XlsxExport}. */
public final class XlsxResponse {

    private static final ZoneId HAINAN = ZoneId.of("Asia/Shanghai");
    private static final String ATTR_CHARS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$&+-.^_`|~";

    private XlsxResponse() {
    }

    /** {@code 企业库_20261124.xlsx}: the export's name and today's date in Hainan. */
    public static String fileName(String base) {
        return base + "_" + LocalDate.now(HAINAN).format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
    }

    /**
     * Sets the content type and a Content-Disposition that carries the Chinese file name the
     * RFC 5987/6266 way ({@code filename*=UTF-8''...}) with a plain ASCII fallback for old clients.
     */
    public static OutputStream start(HttpServletResponse response, String fileName, String asciiFallback)
            throws IOException {
        response.setContentType(XlsxExport.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName, asciiFallback));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return response.getOutputStream();
    }

    static String contentDisposition(String fileName, String asciiFallback) {
        String fallback = asciiFallback.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /** RFC 5987 ext-value: attr-chars as they are, every other UTF-8 byte as %XX. */
    static String encode(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 128 && ATTR_CHARS.indexOf(c) >= 0) sb.append(c);
            else sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                    .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
        }
        return sb.toString();
    }
}
