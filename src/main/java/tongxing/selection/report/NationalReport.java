package tongxing.selection.report;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;
import tongxing.platform.exports.XlsxColumn;
import tongxing.platform.exports.XlsxExport;
import tongxing.selection.campaign.Campaign;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * 报国家协调劳动关系三方办公室的推荐名单, in a fixed layout: the title, then 序号, 姓名/名称, 市县,
 * 单位/岗位, 技能等级, 主要事迹, 综合得分. As Excel (platform exports) and as Word (.docx).
 */
@Component
public class NationalReport {

    static final List<String> HEADERS = List.of("序号", "姓名/名称", "市县", "单位/岗位", "技能等级", "主要事迹", "综合得分");

    public void xlsx(Campaign c, List<GoldRow> rows, OutputStream out) throws IOException {
        var export = new XlsxExport<GoldRow>(GoldList.title(c), List.of(
                XlsxColumn.<GoldRow>of(HEADERS.get(0), GoldRow::seq).width(6),
                XlsxColumn.<GoldRow>of(HEADERS.get(1), GoldRow::name).width(20),
                XlsxColumn.<GoldRow>of(HEADERS.get(2), GoldRow::region).width(12),
                XlsxColumn.<GoldRow>of(HEADERS.get(3), GoldRow::unitPost).width(28),
                XlsxColumn.<GoldRow>of(HEADERS.get(4), GoldRow::skillLevel).width(12),
                XlsxColumn.<GoldRow>of(HEADERS.get(5), GoldRow::deeds).width(60),
                XlsxColumn.<GoldRow>of(HEADERS.get(6), r -> r.score() == null ? null : r.score().doubleValue()).width(10)));
        export.write(out, sink -> rows.forEach(sink));
    }

    public void docx(Campaign c, List<GoldRow> rows, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = title.createRun();
            run.setBold(true);
            run.setFontSize(16);
            run.setFontFamily("宋体");
            run.setText(GoldList.title(c));

            XWPFTable table = doc.createTable(rows.size() + 1, HEADERS.size());
            table.setWidth("100%");
            fill(table.getRow(0), HEADERS, true);
            for (int i = 0; i < rows.size(); i++) {
                GoldRow r = rows.get(i);
                fill(table.getRow(i + 1), List.of(String.valueOf(r.seq()), text(r.name()), text(r.region()), text(r.unitPost()),
                        text(r.skillLevel()), text(r.deeds()), score(r.score())), false);
            }
            doc.write(out);
        }
    }

    private static void fill(XWPFTableRow row, List<String> values, boolean bold) {
        for (int i = 0; i < values.size(); i++) {
            XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
            XWPFRun run = p.createRun();
            run.setBold(bold);
            run.setFontSize(10);
            run.setText(values.get(i));
        }
    }

    private static String score(BigDecimal s) {
        return s == null ? "" : s.toPlainString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
