package tongxing.monitoring.ledger;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The ledger as offices send it upward: a title row 重点企业指导服务台账, the region and the date,
 * then the plan's columns in Chinese, one line per key enterprise.
 */
final class LedgerWorkbook {

    record Column(String header, double width, Function<LedgerRow, Object> value) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("序号", 6, null),
            new Column("企业名称", 30, LedgerRow::name),
            new Column("统一社会信用代码", 22, LedgerRow::uscc),
            new Column("所在市县", 12, r -> null),
            new Column("所属行业", 22, LedgerRow::industry),
            new Column("上年底职工数量", 12, LedgerRow::headcountYearEnd),
            new Column("目前职工数量", 12, LedgerRow::headcountCurrent),
            new Column("已享受的稳岗政策", 28, LedgerRow::policies),
            new Column("跟踪指导情况", 40, LedgerRow::followUps),
            new Column("本年度计划裁员人数", 12, LedgerRow::plannedLayoffs),
            new Column("已裁员人数", 10, LedgerRow::laidOff),
            new Column("裁员岗位", 20, LedgerRow::positions),
            new Column("经济补偿标准", 30, LedgerRow::severanceStandard),
            new Column("支付能力评估", 30, LedgerRow::abilityToPay));

    private LedgerWorkbook() {
    }

    /** Writes the lines the source gives, as they come; answers how many. */
    static int write(OutputStream out, String regionName, LocalDate on, Consumer<Consumer<LedgerRow>> source,
                     Function<String, String> regionNames) throws IOException {
        Workbook wb = new Workbook(out, "Tongxing", "1.0");
        Worksheet ws = wb.newWorksheet("指导服务台账");
        int last = COLUMNS.size() - 1;
        ws.value(0, 0, "重点企业指导服务台账");
        ws.range(0, 0, 0, last).merge();
        ws.style(0, 0).bold().fontSize(16).horizontalAlignment("center").set();
        ws.value(1, 0, "填报地区：" + regionName + "　　填报日期：" + on);
        ws.range(1, 0, 1, last).merge();
        for (int c = 0; c <= last; c++) {
            ws.width(c, COLUMNS.get(c).width());
            ws.value(2, c, COLUMNS.get(c).header());
            ws.style(2, c).bold().fillColor("DDEBF7").wrapText(true).horizontalAlignment("center").borderStyle("thin").set();
        }
        int[] r = {3};
        source.accept(row -> {
            for (int c = 0; c <= last; c++) {
                Object v = c == 0 ? (Object) (r[0] - 2) : c == 3 ? regionNames.apply(row.regionCode()) : COLUMNS.get(c).value().apply(row);
                if (v instanceof Number n) ws.value(r[0], c, n);
                else if (v != null) ws.value(r[0], c, v.toString());
                ws.style(r[0], c).wrapText(true).borderStyle("thin").set();
            }
            r[0]++;
        });
        ws.freezePane(0, 3);
        wb.finish();
        return r[0] - 3;
    }
}
