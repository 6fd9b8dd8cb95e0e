package tongxing.selection.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tongxing.selection.campaign.Campaign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * 荣誉证书: one A4 landscape page per winner, rendered from HTML with openhtmltopdf. PDFBox embeds
 * only TrueType-outline fonts, so the CJK font must be a .ttf (DroidSansFallbackFull, WenQuanYi
 * Micro Hei, AR PL UMing …), set by {@code tongxing.pdf.cjk-font}; the CFF-outline Noto CJK .ttc
 * files cannot be embedded by PDFBox 3.
 */
@Component
public class CertificatePdf {

    static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttf",
            "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf");

    private final String configuredFont;

    CertificatePdf(@Value("${tongxing.pdf.cjk-font:}") String configuredFont) {
        this.configuredFont = configuredFont;
    }

    public byte[] render(Campaign c, GoldRow winner) {
        Path font = font();
        String html = """
                <html><head><style>
                  @page { size: A4 landscape; margin: 18mm; }
                  body { font-family: 'cjk'; text-align: center; color: #7a1d12; }
                  .frame { border: 6px double #b8860b; padding: 24mm 18mm; height: 120mm; }
                  h1 { font-size: 40pt; letter-spacing: 12pt; margin: 0 0 14mm 0; }
                  .name { font-size: 28pt; margin-bottom: 8mm; }
                  .text { font-size: 18pt; line-height: 1.8; color: #222; }
                  .issuer { font-size: 14pt; margin-top: 16mm; color: #222; }
                </style></head><body><div class="frame">
                  <h1>荣誉证书</h1>
                  <div class="name">%s</div>
                  <div class="text">被评为海南省%d年度%s。<br/>特发此证，以资鼓励。</div>
                  <div class="issuer">海南省协调劳动关系三方办公室</div>
                </div></body></html>""".formatted(HtmlUtils.htmlEscape(winner.name()), c.year(),
                HtmlUtils.htmlEscape(c.category().officialName()));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(font.toFile(), "cjk");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The configured font, else the first known TrueType CJK font on this machine; a clear error when none. */
    Path font() {
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
                .orElseThrow(() -> new IllegalStateException("No CJK TrueType font for certificates: set tongxing.pdf.cjk-font "
                        + "to a .ttf file (e.g. apt-get install fonts-droid-fallback → " + CANDIDATES.get(0) + ")"));
    }
}
