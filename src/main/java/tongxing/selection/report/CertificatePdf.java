package tongxing.selection.report;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tongxing.platform.documents.PdfDocuments;
import tongxing.selection.campaign.Campaign;

/** 荣誉证书: one A4 landscape page per winner. */
@Component
public class CertificatePdf {

    private final PdfDocuments documents;

    CertificatePdf(PdfDocuments documents) {
        this.documents = documents;
    }

    public byte[] render(Campaign c, GoldRow winner) {
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
        return documents.render(html);
    }
}
