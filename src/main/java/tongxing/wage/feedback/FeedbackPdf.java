package tongxing.wage.feedback;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tongxing.platform.documents.PdfDocuments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;

/**
 * 企业薪酬调查反馈报告: one enterprise's pay by occupation against the published market figures.
 * A batch renders thousands of these, so the CJK font (several MB) is read from disk once and
 * parsed once per rendering thread (a parsed TrueTypeFont is not thread-safe), then only the
 * glyphs a report uses are embedded; {@link PdfDocuments#render} would re-read and re-parse it
 * for every document.
 */
@Component
class FeedbackPdf {

    private final PdfDocuments documents;
    private volatile byte[] fontBytes;
    private final ThreadLocal<TrueTypeFont> parsedFont = ThreadLocal.withInitial(this::parseFont);

    FeedbackPdf(PdfDocuments documents) {
        this.documents = documents;
    }

    private TrueTypeFont parseFont() {
        try {
            if (fontBytes == null) fontBytes = Files.readAllBytes(documents.font());
            return new TTFParser().parse(new RandomAccessReadBuffer(fontBytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] toPdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(doc);
            builder.useFont(new PDFontSupplier(PDType0Font.load(doc, parsedFont.get(), true)), "cjk");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] render(int year, String editionLabel, String enterpriseName, String uscc, List<FeedbackLine> lines) {
        StringBuilder rows = new StringBuilder();
        for (FeedbackLine l : lines) {
            rows.append("<tr><td>").append(esc(l.occupationCode())).append("</td><td>").append(esc(l.occupationName()))
                    .append("</td><td class=\"num\">").append(l.employees())
                    .append("</td><td class=\"num\">").append(yuan(l.ownP50()))
                    .append("</td><td class=\"num\">").append(yuan(l.ownMean())).append("</td>");
            if (l.hasMarket()) {
                rows.append("<td class=\"num\">").append(yuan(l.marketP25())).append("</td><td class=\"num\">")
                        .append(yuan(l.marketP50())).append("</td><td class=\"num\">").append(yuan(l.marketP75()))
                        .append("</td><td>").append(esc(l.marketScope())).append("</td><td>").append(esc(l.position())).append("</td>");
            } else {
                rows.append("<td colspan=\"5\" class=\"muted\">").append(FeedbackLine.NO_MARKET_DATA).append("</td>");
            }
            rows.append("</tr>\n");
        }
        String html = """
                <html><head><style>
                  @page { size: A4 landscape; margin: 14mm; }
                  body { font-family: 'cjk'; font-size: 9.5pt; }
                  h1 { font-size: 16pt; text-align: center; margin: 0 0 3mm 0; }
                  table { width: 100%%; border-collapse: collapse; margin-top: 3mm; }
                  th, td { border: 0.5pt solid #999; padding: 1.2mm 1.5mm; }
                  th { background: #eef3fa; }
                  .num { text-align: right; }
                  .muted { color: #777; }
                  .note { font-size: 8.5pt; color: #444; margin: 1mm 0; }
                </style></head><body>
                <h1>%d年度企业薪酬调查反馈报告</h1>
                <div>企业名称：%s　　统一社会信用代码：%s</div>
                <div class="note">对比基准：%s年海南省企业薪酬调查工资价位（%s）。金额单位：元/年。市场数据取最接近的可公布单元：\
                本企业所在市县的同行业，其次全省同行业，再次全省。</div>
                <table><thead><tr><th>职业代码</th><th>职业名称</th><th>本企业人数</th><th>本企业中位数</th><th>本企业平均数</th>
                <th>市场P25</th><th>市场P50</th><th>市场P75</th><th>市场数据范围</th><th>本企业中位数位置</th></tr></thead>
                <tbody>%s</tbody></table>
                <div class="note">分位值采用线性插值法（percentile_cont，Hyndman–Fan 第7类）。本报告仅供贵单位参考，不对外公开。</div>
                <div class="note" style="text-align:right">海南省协调劳动关系三方办公室</div>
                </body></html>""".formatted(year, esc(enterpriseName), esc(uscc), year, esc(editionLabel), rows);
        return toPdf(html);
    }

    private static String yuan(BigDecimal v) {
        return v == null ? "" : v.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
