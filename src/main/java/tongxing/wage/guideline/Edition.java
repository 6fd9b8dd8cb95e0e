package tongxing.wage.guideline;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** 工资价位版本: one computation of a survey year's guidelines, numbered within the year. */
public record Edition(long id, int year, int editionNo, EditionStatus status, int minEnterprises, int minEmployees,
                      BigDecimal maxShare, String lowIncomeRule, int records, int enterprises, int cells, int suppressed,
                      String computedBy, OffsetDateTime computedAt, String reviewedBy, OffsetDateTime reviewedAt,
                      String publishedBy, OffsetDateTime publishedAt) {

    public boolean published() {
        return status == EditionStatus.PUBLISHED;
    }

    /**
     * e.g. 2026年第2版, for the audit log, file names and the printed documents, which stay in Chinese;
     * screens show the bundle key wageguide.edition.label with the year and the number.
     */
    public String label() {
        return year + "年第" + editionNo + "版";
    }
}
