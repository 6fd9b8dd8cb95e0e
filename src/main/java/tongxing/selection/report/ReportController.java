package tongxing.selection.report;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.exports.XlsxExport;
import tongxing.platform.exports.XlsxResponse;
import tongxing.platform.web.NotFoundException;
import tongxing.selection.SelectionAccess;
import tongxing.selection.campaign.Campaign;
import tongxing.selection.campaign.Campaigns;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The office's outputs once winners are decided: certificates, and the list for the national office (Excel, Word). */
@Controller
class ReportController {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Campaigns campaigns;
    private final GoldList goldList;
    private final NationalReport report;
    private final CertificatePdf certificates;
    private final AuditLog audit;

    ReportController(Campaigns campaigns, GoldList goldList, NationalReport report, CertificatePdf certificates, AuditLog audit) {
        this.campaigns = campaigns;
        this.goldList = goldList;
        this.report = report;
        this.certificates = certificates;
        this.audit = audit;
    }

    @GetMapping("/selection/campaigns/{id:\\d+}/report.xlsx")
    void xlsx(@PathVariable long id, HttpServletResponse response) throws IOException {
        Campaign c = decided(id);
        List<GoldRow> rows = goldList.rows(c);
        audit.record(AuditAction.EXPORT, "selection_campaign", String.valueOf(id), "导出推荐名单 Excel（" + rows.size() + " 行）");
        OutputStream out = XlsxResponse.start(response, XlsxResponse.fileName(GoldList.title(c)), "gold-list");
        report.xlsx(c, rows, out);
    }

    @GetMapping("/selection/campaigns/{id:\\d+}/report.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) throws IOException {
        Campaign c = decided(id);
        List<GoldRow> rows = goldList.rows(c);
        var out = new java.io.ByteArrayOutputStream();
        report.docx(c, rows, out);
        audit.record(AuditAction.EXPORT, "selection_campaign", String.valueOf(id), "导出推荐名单 Word（" + rows.size() + " 行）");
        return download(out.toByteArray(), MediaType.parseMediaType(DOCX), GoldList.title(c) + ".docx");
    }

    @GetMapping("/selection/campaigns/{id:\\d+}/certificates/{nid:\\d+}.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable long id, @PathVariable long nid) {
        Campaign c = decided(id);
        GoldRow winner = goldList.rows(c).stream().filter(r -> r.nominationId() == nid).findFirst()
                .orElseThrow(NotFoundException::new);
        byte[] pdf = certificates.render(c, winner);
        audit.record(AuditAction.EXPORT, "selection_nomination", String.valueOf(nid), "生成荣誉证书：" + winner.name());
        return download(pdf, MediaType.APPLICATION_PDF, "荣誉证书-" + winner.name() + ".pdf");
    }

    private Campaign decided(long id) {
        SelectionAccess.requireAdmin();
        Campaign c = campaigns.get(id);
        if (!c.state().decided()) throw new NotFoundException();
        return c;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
