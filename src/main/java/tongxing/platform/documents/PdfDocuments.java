package tongxing.platform.documents;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Printable documents (certificates, guidance opinions, feedback reports): XHTML rendered to PDF
 * by openhtmltopdf with an embedded CJK font, available to the HTML as {@code font-family: 'cjk'}.
 * PDFBox embeds only TrueType-outline fonts, so the font must be a .ttf (DroidSansFallbackFull,
 * WenQuanYi Micro Hei, AR PL UMing …), set by {@code tongxing.pdf.cjk-font}; the CFF-outline
 * Noto CJK .ttc files cannot be embedded by PDFBox 3.
 */
@Component
public class PdfDocuments {

    static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttf",
            "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf");

    private final String configuredFont;

    PdfDocuments(@Value("${tongxing.pdf.cjk-font:}") String configuredFont) {
        this.configuredFont = configuredFont;
    }

    /** Renders well-formed XHTML (escape every value you insert) to a PDF. */
    public byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(xhtml, out);
        return out.toByteArray();
    }

    public void render(String xhtml, OutputStream out) {
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(font().toFile(), "cjk");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The configured font, else the first known TrueType CJK font on this machine; a clear error when none. */
    public Path font() {
        if (configuredFont != null && !configuredFont.isBlank()) {
            Path p = Path.of(configuredFont);
            if (!Files.isReadable(p))
                throw new IllegalStateException("tongxing.pdf.cjk-font points to a missing file: " + p);
            if (!p.toString().toLowerCase(Locale.ROOT).endsWith(".ttf"))
                throw new IllegalStateException("tongxing.pdf.cjk-font must be a TrueType .ttf file (PDFBox cannot embed "
                        + ".ttc/.otf CFF fonts such as Noto CJK): " + p);
            return p;
        }
        return CANDIDATES.stream().map(Path::of).filter(Files::isReadable).findFirst()
                .orElseThrow(() -> new IllegalStateException("No CJK TrueType font for PDF documents: set tongxing.pdf.cjk-font "
                        + "to a .ttf file (e.g. apt-get install fonts-droid-fallback → " + CANDIDATES.get(0) + ")"));
    }
}
