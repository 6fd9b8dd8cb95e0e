package tongxing.platform.imports.excel;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import tongxing.platform.imports.CodeList;
import tongxing.platform.imports.ImportColumn;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The template users download: the header row (required columns marked * and in red, each with
 * its note as a cell comment), one example row, every column formatted as text so that codes keep
 * their leading zeros, and a second sheet 填写说明 listing the columns and the allowed codes.
 */
public final class TemplateWriter {

    /** The words of the instructions sheet, from the message bundle. */
    public record Labels(String instructionsSheet, String intro, String column, String required, String example,
                         String note, String yes, String no, String code, String name) {
    }

    private TemplateWriter() {
    }

    public static void write(OutputStream out, String dataSheet, List<ImportColumn> columns, List<CodeList> codeLists,
                             Labels labels) throws IOException {
        Workbook wb = new Workbook(out, "Tongxing", "1.0");
        Worksheet data = wb.newWorksheet(dataSheet);
        for (int c = 0; c < columns.size(); c++) {
            ImportColumn col = columns.get(c);
            data.style(c).format("@").set();
            data.width(c, Math.max(12, col.header().length() * 2.4 + 2));
            data.value(0, c, col.header() + (col.required() ? "*" : ""));
            var style = data.style(0, c).bold().fillColor("D9E1F2").format("@");
            if (col.required()) style.fontColor("C00000");
            style.set();
            if (col.note() != null && !col.note().isBlank()) data.comment(0, c, col.note());
            if (col.example() != null) {
                data.value(1, c, col.example());
                data.style(1, c).format("@").fontColor("808080").set();
            }
        }
        data.freezePane(0, 1);

        Worksheet help = wb.newWorksheet(labels.instructionsSheet());
        help.width(0, 24);
        help.width(1, 30);
        help.width(2, 28);
        help.width(3, 80);
        help.value(0, 0, labels.intro());
        help.style(0, 0).bold().set();
        int r = 2;
        String[] head = {labels.column(), labels.required(), labels.example(), labels.note()};
        for (int c = 0; c < head.length; c++) {
            help.value(r, c, head[c]);
            help.style(r, c).bold().fillColor("D9E1F2").set();
        }
        for (ImportColumn col : columns) {
            r++;
            help.value(r, 0, col.header());
            help.value(r, 1, col.required() ? labels.yes() : labels.no());
            help.value(r, 2, col.example());
            help.value(r, 3, col.note());
            help.style(r, 3).wrapText(true).set();
        }
        for (CodeList list : codeLists) {
            r += 2;
            help.value(r, 0, list.title());
            help.style(r, 0).bold().set();
            r++;
            help.value(r, 0, labels.code());
            help.value(r, 1, labels.name());
            help.style(r, 0).bold().fillColor("D9E1F2").set();
            help.style(r, 1).bold().fillColor("D9E1F2").set();
            for (CodeList.Code code : list.codes()) {
                r++;
                help.value(r, 0, code.code());
                help.value(r, 1, code.name());
            }
        }
        wb.finish();
    }
}
