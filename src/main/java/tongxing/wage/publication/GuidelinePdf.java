package tongxing.wage.publication;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tongxing.platform.documents.PdfDocuments;
import tongxing.platform.i18n.Texts;
import tongxing.wage.guideline.Edition;
import tongxing.wage.guideline.GuidelineRow;

import java.math.BigDecimal;
import java.util.List;

/** 工资价位表 as a printable PDF, a document in Chinese: the rows of the current filter, suppressed cells without values. */
@Component
class GuidelinePdf {

    static final int MAX_ROWS = 3000;

    private final PdfDocuments documents;
    private final Texts texts;

    GuidelinePdf(PdfDocuments documents, Texts texts) {
        this.documents = documents;
        this.texts = texts;
    }

    byte[] render(Edition e, String scopeLabel, List<GuidelineRow> rows) {
        StringBuilder body = new StringBuilder();
        for (GuidelineRow r : rows) {
            body.append("<tr><td>").append(esc(r.occupationCode())).append("</td><td>").append(esc(r.displayName())).append("</td>");
            if (r.suppressed()) {
                body.append("<td colspan=\"7\" class=\"muted\">样本不足，不予公布</td>");
            } else {
                for (BigDecimal v : new BigDecimal[]{r.p10(), r.p25(), r.p50(), r.p75(), r.p90(), r.mean()})
                    body.append("<td class=\"num\">").append(v == null ? "" : v.toPlainString()).append("</td>");
                body.append("<td class=\"num\">").append(r.yoyText() == null ? "" : esc(r.yoyText())).append("</td>");
            }
            body.append("</tr>\n");
        }
        String html = """
                <html><head><style>
                  @page { size: A4 landscape; margin: 12mm; }
                  body { font-family: 'cjk'; font-size: 9pt; }
                  h1 { font-size: 15pt; margin: 0 0 2mm 0; }
                  table { width: 100%%; border-collapse: collapse; }
                  th, td { border: 0.5pt solid #999; padding: 1mm 1.5mm; }
                  th { background: #eef3fa; }
                  .num { text-align: right; }
                  .muted { color: #777; }
                  .note { color: #444; font-size: 8pt; margin: 1mm 0; }
                </style></head><body>
                <h1>海南省%d年企业薪酬调查工资价位（%s）</h1>
                <div class="note">版本：%s，发布于 %s。范围：%s。</div>
                <div class="note">%s</div>
                <div class="note">%s</div>
                <table><thead><tr><th>职业代码</th><th>职业名称</th><th>P10（低位数）</th><th>P25</th><th>P50（中位数）</th>
                <th>P75</th><th>P90（高位数）</th><th>均值</th><th>中位数同比</th></tr></thead>
                <tbody>%s</tbody></table>%s
                </body></html>""".formatted(e.year(), esc(scopeLabel), esc(e.label()),
                e.publishedAt() == null ? "" : e.publishedAt().toLocalDate().toString(), esc(scopeLabel),
                esc(texts.stored("wageguide.definition.percentile")),
                esc(texts.stored("wageguide.definition.suppression", e.minEnterprises(), e.minEmployees(),
                        e.maxShare().movePointRight(2).stripTrailingZeros().toPlainString())),
                body, rows.size() >= MAX_ROWS ? "<div class=\"note\">仅列出前 " + MAX_ROWS + " 行，请缩小查询范围。</div>" : "");
        return documents.render(html);
    }

    private static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
