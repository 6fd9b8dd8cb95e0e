package tongxing.wage.publication;

import tongxing.platform.exports.XlsxColumn;
import tongxing.platform.exports.XlsxExport;
import tongxing.wage.guideline.GuidelineRow;

import java.util.List;

/** The columns of a guideline download; a suppressed row carries only its code, name and “不予公布”. */
final class GuidelineXlsx {

    private GuidelineXlsx() {
    }

    static XlsxExport<GuidelineRow> export(String sheet, String dimensionLabel) {
        return new XlsxExport<>(sheet, List.of(
                XlsxColumn.<GuidelineRow>of("职业代码", GuidelineRow::occupationCode).width(14),
                XlsxColumn.<GuidelineRow>of("职业名称", GuidelineRow::displayName).width(30),
                XlsxColumn.<GuidelineRow>of("范围", r -> dimensionLabel).width(20),
                XlsxColumn.<GuidelineRow>of("P10（低位数）", GuidelineRow::p10),
                XlsxColumn.<GuidelineRow>of("P25", GuidelineRow::p25),
                XlsxColumn.<GuidelineRow>of("P50（中位数）", GuidelineRow::p50),
                XlsxColumn.<GuidelineRow>of("P75", GuidelineRow::p75),
                XlsxColumn.<GuidelineRow>of("P90（高位数）", GuidelineRow::p90),
                XlsxColumn.<GuidelineRow>of("均值", GuidelineRow::mean),
                XlsxColumn.<GuidelineRow>of("中位数同比", GuidelineRow::yoyText),
                XlsxColumn.<GuidelineRow>of("说明", r -> r.suppressed() ? "样本不足，不予公布" : null).width(18)));
    }
}
