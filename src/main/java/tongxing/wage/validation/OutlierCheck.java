package tongxing.wage.validation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 异常值: a record whose pay is far from what the occupation earns this year. Robust rule: with
 * m = median of ln(annual pay) and s = 1.4826 × median |ln(pay) − m| (the scaled MAD) over every
 * record of the occupation in the year, the stored records of other enterprises plus the file being
 * loaded, a record is an outlier when |ln(pay) − m| &gt; k × s. Only occupations with at least
 * {@code outlier-min-records} records and s &gt; 0 are checked. An outlier is a warning that the
 * enterprise confirms, not an error.
 *
 * <p>The reference is exactly that pool: the records stored when the check runs (any status, the
 * replaced return's own earlier records left out) plus the file, only for the occupations in the
 * file. The stored part comes from {@link RecordPools} (sorted in memory, current for the version of
 * the stored records), the medians from {@link RobustSpread}, with PostgreSQL's percentile_cont
 * arithmetic; before, one SQL statement sorted every record of the year twice per upload.
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

    /** The outliers of a file, and the change its acceptance makes to the reference pools. */
    public record Found(List<Outlier> outliers, int year, Map<String, double[]> removed, Map<String, double[]> added) {
    }

    /** One record of the file being loaded: its row, occupation and annual pay (only positive pays are checked). */
    public record FilePay(int lineNo, String occupationCode, BigDecimal pay) {
    }

    private record Staged(int lineNo, String occupation, BigDecimal pay, double lp) {
    }

    private final JdbcClient jdbc;
    private final ValidationSettings settings;
    private final RecordPools pools;

    OutlierCheck(JdbcClient jdbc, ValidationSettings settings, RecordPools pools) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.pools = pools;
    }

    /**
     * @param file the file's records as the upload parsed them (not yet stored); ln(pay) is taken of the
     *             pay as a double, as PostgreSQL's {@code ln(pay::float8)} takes it for the stored ones
     */
    public Found find(List<FilePay> file, int year, long replacingReturnId) {
        List<Staged> staged = new ArrayList<>(file.size());
        for (FilePay f : file) {
            if (f.pay().signum() > 0) staged.add(new Staged(f.lineNo(), f.occupationCode(), f.pay(), Math.log(f.pay().doubleValue())));
        }
        Map<String, double[]> added = byOccupation(staged);
        Map<String, double[]> removed = ownRecords(replacingReturnId);
        Map<String, double[]> stored = pools.current(year, added.keySet(), pools.version());

        Map<String, RobustSpread> spreads = new HashMap<>();
        for (Map.Entry<String, double[]> e : added.entrySet()) {
            double[] pool = RobustSpread.combine(stored.get(e.getKey()), removed.getOrDefault(e.getKey(), new double[0]), e.getValue());
            spreads.put(e.getKey(), RobustSpread.of(pool));
        }
        double k = settings.outlierK();
        List<Outlier> out = new ArrayList<>();
        for (Staged s : staged) {
            RobustSpread sp = spreads.get(s.occupation());
            if (sp.n() < settings.outlierMinRecords() || !(sp.scaledMad() > 0)) continue;
            double deviation = Math.abs(s.lp() - sp.median());
            double limit = k * sp.scaledMad();
            if (deviation > limit) {
                out.add(new Outlier(s.lineNo(), s.occupation(), s.pay(),
                        BigDecimal.valueOf(Math.exp(sp.median())).setScale(2, RoundingMode.HALF_UP), deviation, limit));
            }
        }
        out.sort(Comparator.comparingInt(Outlier::lineNo));
        return new Found(out, year, removed, added);
    }

    /**
     * The caller has locked the pools ({@link #lockPools}) and replaced the return's records: once
     * the transaction commits, the pools in memory move forward by this change.
     */
    public void recordsReplaced(Found found, long versionBefore) {
        long after = pools.version();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) return;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                pools.committed(found.year(), versionBefore, after, found.removed(), found.added());
            }
        });
    }

    /** Before replacing records: no other change to the records until this transaction ends. Returns the version. */
    public long lockPools() {
        return pools.lock();
    }

    private Map<String, double[]> ownRecords(long returnId) {
        Map<String, RecordPools.DoubleList> lists = new HashMap<>();
        jdbc.sql("""
                        SELECT occupation_code, ln(annual_pay::float8) AS lp FROM wage_employee_record
                        WHERE survey_enterprise_id = :id AND annual_pay > 0 ORDER BY occupation_code, lp""")
                .param("id", returnId)
                .query((ResultSet rs) -> {
                    lists.computeIfAbsent(rs.getString(1), o -> new RecordPools.DoubleList()).add(rs.getDouble(2));
                });
        Map<String, double[]> out = new HashMap<>();
        lists.forEach((o, l) -> out.put(o, l.toArray()));
        return out;
    }

    private static Map<String, double[]> byOccupation(List<Staged> staged) {
        Map<String, RecordPools.DoubleList> lists = new HashMap<>();
        for (Staged s : staged) lists.computeIfAbsent(s.occupation(), o -> new RecordPools.DoubleList()).add(s.lp());
        Map<String, double[]> out = new HashMap<>();
        lists.forEach((o, l) -> {
            double[] v = l.toArray();
            java.util.Arrays.sort(v);
            out.put(o, v);
        });
        return out;
    }
}
