package tongxing.wage.validation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

/**
 * 异常值: a record whose pay is far from what the occupation earns this year. Robust rule: with
 * m = median of ln(annual pay) and s = 1.4826 × median |ln(pay) − m| (the scaled MAD) over every
 * record of the occupation in the year, the stored records of other enterprises plus the file being
 * loaded, a record is an outlier when |ln(pay) − m| &gt; k × s. Only occupations with at least
 * {@code outlier-min-records} records and s &gt; 0 are checked. An outlier is a warning that the
 * enterprise confirms, not an error.
 */
@Component
public class OutlierCheck {

    /** One outlier of the staged file. */
    public record Outlier(int lineNo, String occupationCode, BigDecimal pay, BigDecimal medianPay, double deviation, double limit) {
        public String reason() {
            return String.format("年工资 %s 元偏离该职业本年度中位数 %s 元过远（对数偏差 %.3f，超过 k×MAD = %.3f），请核实后确认",
                    pay.toPlainString(), medianPay.toPlainString(), deviation, limit);
        }
    }

    private final JdbcClient jdbc;
    private final ValidationSettings settings;

    OutlierCheck(JdbcClient jdbc, ValidationSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /**
     * @param stageTable a temp table with line_no, occupation_code, base_pay, bonus, allowances, overtime_pay
     *                   (a fixed name of the caller, never user input)
     */
    public List<Outlier> find(String stageTable, int year, long replacingReturnId) {
        return jdbc.sql("""
                        WITH pool AS (
                            SELECT occupation_code, ln(annual_pay::float8) AS lp FROM wage_employee_record
                            WHERE year = :year AND survey_enterprise_id <> :id AND annual_pay > 0
                            UNION ALL
                            SELECT occupation_code, ln((base_pay + bonus + allowances + overtime_pay)::float8)
                            FROM %1$s WHERE base_pay + bonus + allowances + overtime_pay > 0
                        ), med AS (
                            SELECT occupation_code, percentile_cont(0.5) WITHIN GROUP (ORDER BY lp) AS m
                            FROM pool GROUP BY occupation_code HAVING count(*) >= :minRecords
                        ), spread AS (
                            SELECT p.occupation_code, med.m,
                                   1.4826 * percentile_cont(0.5) WITHIN GROUP (ORDER BY abs(p.lp - med.m)) AS s
                            FROM pool p JOIN med ON med.occupation_code = p.occupation_code
                            GROUP BY p.occupation_code, med.m
                        )
                        SELECT st.line_no, st.occupation_code, (st.base_pay + st.bonus + st.allowances + st.overtime_pay) AS pay,
                               round(exp(sp.m)::numeric, 2) AS median_pay,
                               abs(ln((st.base_pay + st.bonus + st.allowances + st.overtime_pay)::float8) - sp.m) AS deviation,
                               :k * sp.s AS limit_value
                        FROM %1$s st JOIN spread sp ON sp.occupation_code = st.occupation_code
                        WHERE sp.s > 0 AND st.base_pay + st.bonus + st.allowances + st.overtime_pay > 0
                          AND abs(ln((st.base_pay + st.bonus + st.allowances + st.overtime_pay)::float8) - sp.m) > :k * sp.s
                        ORDER BY st.line_no""".formatted(stageTable))
                .param("year", year).param("id", replacingReturnId).param("minRecords", settings.outlierMinRecords())
                .param("k", settings.outlierK())
                .query((rs, n) -> new Outlier(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getDouble(5), rs.getDouble(6)))
                .list();
    }
}
