package tongxing.wage.collection;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.imports.ImportProblem;
import tongxing.platform.imports.table.TableFormat;
import tongxing.platform.imports.table.TableReader;
import tongxing.platform.imports.table.TableRow;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.wageparam.WageParameters;
import tongxing.wage.occupation.OccupationTable;
import tongxing.wage.validation.MinimumWageRule;
import tongxing.wage.validation.OutlierCheck;
import tongxing.wage.validation.ValidationSettings;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * 上传职工薪酬明细: streams an employee-record file (.xlsx or .csv, tens of thousands of rows) row by
 * row and checks every row (codes, formats, minimum wage, duplicates), writing the good rows as COPY
 * data on the side ({@link CopyPayload}). A file with any error changes nothing in the records and
 * leaves a row-level report. A clean file gets its outliers marked as warnings (from the parsed pays,
 * not read back), then replaces all records of the return: one DELETE and one COPY straight into
 * wage_employee_record (so the same file twice gives the same data), and submits the return. Uploads
 * replace records one at a time (the outlier pools' version row is locked from the replacement to the
 * commit); the checking before it runs in parallel.
 */
@Service
public class RecordUpload {

    /** At most this many issues are kept for the report of one upload (the count is always exact). */
    static final int MAX_STORED_ISSUES = 50_000;
    private static final int COPY_BUFFER = 1 << 16;
    private static final String COPY_RECORDS = """
            COPY wage_employee_record (survey_enterprise_id, year, uscc, line_no, occupation_code, post_level, education,
                age, male, hire_year, skill_level, title_level, annual_hours, base_pay, bonus, allowances, overtime_pay)
            FROM STDIN (FORMAT csv)""";

    /** What an upload did. */
    public record Result(long uploadId, boolean accepted, int rows, int errors, int warnings, List<RowIssue> firstIssues) {
    }

    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final SurveyReturns returns;
    private final ReturnWorkflow workflow;
    private final OccupationTable occupations;
    private final WageParameters wageParameters;
    private final ValidationSettings settings;
    private final OutlierCheck outliers;
    private final AuditLog audit;
    private final Texts texts;

    RecordUpload(JdbcTemplate template, JdbcClient jdbc, SurveyReturns returns, ReturnWorkflow workflow,
                 OccupationTable occupations, WageParameters wageParameters, ValidationSettings settings,
                 OutlierCheck outliers, AuditLog audit, Texts texts) {
        this.template = template;
        this.jdbc = jdbc;
        this.returns = returns;
        this.workflow = workflow;
        this.occupations = occupations;
        this.wageParameters = wageParameters;
        this.settings = settings;
        this.outliers = outliers;
        this.audit = audit;
        this.texts = texts;
    }

    /** Reads a stored file (xlsx or csv, told apart by content) for the return, as the given user. */
    @Transactional
    public Result upload(CurrentUser user, long returnId, Path file, String originalName) {
        SurveyReturn r = returns.require(user.scope(), returnId);
        ReturnWorkflow.deny(texts, ReturnTransitions.mayEdit(user, r));
        TableFormat format = TableFormat.detect(file, originalName);
        try (TableReader reader = format.open(file)) {
            return load(user, r, reader, originalName);
        }
    }

    /** The same, from rows already in memory or generated (the benchmark and the demo data). */
    @Transactional
    public Result upload(CurrentUser user, long returnId, Iterator<TableRow> rows, String name) {
        SurveyReturn r = returns.require(user.scope(), returnId);
        ReturnWorkflow.deny(texts, ReturnTransitions.mayEdit(user, r));
        return load(user, r, rows, name);
    }

    private Result load(CurrentUser user, SurveyReturn r, Iterator<TableRow> rows, String fileName) {
        if (!rows.hasNext()) throw new ImportProblem("imports.file.noRows");
        List<String> header = rows.next().cells();
        Map<String, Integer> positions = EmployeeColumns.headerPositions(header);
        List<String> missing = EmployeeColumns.missingRequired(positions);
        if (!missing.isEmpty())
            throw new ValidationException("file", texts.get("wage.upload.error.missingColumns", String.join("、", missing)));
        BigDecimal monthly = wageParameters.minimumMonthlyWage(r.regionCode(), LocalDate.of(r.year(), 1, 1)).orElse(null);
        MinimumWageRule minimumWage = monthly == null ? null : new MinimumWageRule(monthly, settings.fullTimeHours());
        EmployeeColumns columns = new EmployeeColumns(occupations, r.year());

        try (Scan scan = scan(r, rows, positions, columns, minimumWage)) {
            if (scan.errors > 0) {
                long uploadId = saveUpload(user, r, fileName, scan.rows, scan.errors, 0, false, scan.issues);
                audit.record(AuditAction.IMPORT, "wage_return", String.valueOf(r.id()),
                        "上传职工薪酬明细 " + fileName + "：" + scan.rows + " 行，" + scan.errors + " 处错误，未采用", null,
                        Map.of("rows", scan.rows, "errors", scan.errors, "accepted", false));
                return new Result(uploadId, false, scan.rows, scan.errors, 0, head(scan.issues));
            }
            List<RowIssue> warnings = new ArrayList<>();
            OutlierCheck.Found found = outliers.find(scan.pays, r.year(), r.id());
            for (OutlierCheck.Outlier o : found.outliers()) {
                warnings.add(new RowIssue(o.lineNo(), EmployeeColumns.BASE, o.pay().toPlainString(), o.reason(), RowIssue.Severity.WARNING));
            }
            long poolVersion = outliers.lockPools();
            jdbc.sql("DELETE FROM wage_employee_record WHERE survey_enterprise_id = :id").param("id", r.id()).update();
            long copied = template.execute((ConnectionCallback<Long>) con -> {
                CopyIn in = con.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY_RECORDS);
                try {
                    scan.payload.writeTo(in);
                    return in.endCopy();
                } finally {
                    if (in.isActive()) in.cancelCopy();
                }
            });
            if (copied != scan.pays.size()) throw new IllegalStateException("stored " + copied + " of " + scan.pays.size() + " records");
            outliers.recordsReplaced(found, poolVersion);
            jdbc.sql("""
                            UPDATE wage_survey_enterprise se SET status = 'SUBMITTED', submitted_at = now(), submitted_by = :u,
                                record_count = :n, record_pay = :pay, warning_count = :warnings, warnings_confirmed_at = NULL,
                                warnings_confirmed_by = NULL, updated_at = now(), version = se.version + 1
                            WHERE se.id = :id""")
                    .param("u", user.username()).param("n", scan.pays.size()).param("pay", scan.totalPay)
                    .param("warnings", warnings.size()).param("id", r.id()).update();
            long uploadId = saveUpload(user, r, fileName, scan.rows, 0, warnings.size(), true, warnings);
            SurveyReturn after = workflow.settle(r.id());
            audit.record(AuditAction.IMPORT, "wage_return", String.valueOf(r.id()),
                    "上传职工薪酬明细 " + fileName + "：" + scan.rows + " 行已采用，" + warnings.size() + " 条异常值待确认",
                    Map.of("status", r.status().name(), "records", r.recordCount()),
                    Map.of("status", after.status().name(), "records", after.recordCount(), "warnings", warnings.size()));
            return new Result(uploadId, true, scan.rows, 0, warnings.size(), head(warnings));
        }
    }

    private static List<RowIssue> head(List<RowIssue> issues) {
        return List.copyOf(issues.subList(0, Math.min(200, issues.size())));
    }

    /**
     * What reading the file found: data rows, errors (all counted, the first ones kept) and, while there
     * is no error, the good rows as COPY data with their pays (for the outlier check and the totals).
     */
    private static final class Scan implements AutoCloseable {
        int rows;
        int errors;
        final List<RowIssue> issues = new ArrayList<>();
        final CopyPayload payload = new CopyPayload();
        final List<OutlierCheck.FilePay> pays = new ArrayList<>();
        BigDecimal totalPay = BigDecimal.ZERO;

        void add(List<RowIssue> found) {
            errors += found.size();
            for (RowIssue i : found) if (issues.size() < MAX_STORED_ISSUES) issues.add(i);
        }

        @Override
        public void close() {
            payload.close();
        }
    }

    /** Reads and checks every row; touches no database. */
    private static Scan scan(SurveyReturn r, Iterator<TableRow> rows, Map<String, Integer> positions, EmployeeColumns columns,
                             MinimumWageRule minimumWage) {
        Scan scan = new Scan();
        try {
            String prefix = r.id() + "," + r.year() + "," + r.uscc() + ",";
            Map<String, Integer> seen = new HashMap<>();
            StringBuilder buf = new StringBuilder(COPY_BUFFER + 4096);
            List<RowIssue> found = new ArrayList<>();
            RowCells cells = new RowCells(positions);
            StringBuilder content = new StringBuilder(256);
            while (rows.hasNext()) {
                TableRow row = rows.next();
                if (row.blank()) continue;
                scan.rows++;
                cells.row = row;
                found.clear();
                var parsed = columns.parse(row.number(), cells, found);
                if (parsed.isPresent()) {
                    EmployeeRecord rec = parsed.get();
                    if (minimumWage != null) {
                        minimumWage.check(rec.payWithoutOvertime(), rec.annualHours()).ifPresent(reason ->
                                found.add(RowIssue.error(rec.lineNo(), EmployeeColumns.BASE, rec.payWithoutOvertime().toPlainString(), reason)));
                    }
                    // The record's COPY text without its row number is also its duplicate key (same content, same text).
                    content.setLength(0);
                    appendContent(content, rec);
                    Integer first = seen.putIfAbsent(content.toString(), rec.lineNo());
                    if (first != null)
                        found.add(RowIssue.error(rec.lineNo(), EmployeeColumns.OCCUPATION, rec.occupationCode(),
                                "与第 " + first + " 行完全相同（重复记录）"));
                    if (found.isEmpty() && scan.errors == 0) {
                        buf.append(prefix).append(rec.lineNo()).append(',').append(content);
                        BigDecimal pay = rec.annualPay();
                        scan.pays.add(new OutlierCheck.FilePay(rec.lineNo(), rec.occupationCode(), pay));
                        scan.totalPay = scan.totalPay.add(pay);
                    }
                }
                scan.add(found);
                if (scan.errors > 0) {
                    // The file is rejected: what was buffered is of no use any more.
                    buf.setLength(0);
                    scan.payload.close();
                    scan.pays.clear();
                }
                if (buf.length() >= COPY_BUFFER) scan.payload.append(buf);
            }
            scan.payload.append(buf);
            return scan;
        } catch (RuntimeException e) {
            scan.close();
            throw e;
        }
    }

    /** A row's cells by header, read from the row in place (no map filled per row). Only {@link #get} is used. */
    private static final class RowCells extends java.util.AbstractMap<String, String> {
        private final Map<String, Integer> positions;
        TableRow row;

        RowCells(Map<String, Integer> positions) {
            this.positions = positions;
        }

        @Override
        public String get(Object header) {
            Integer i = positions.get(header);
            return i == null ? null : row.cell(i);
        }

        @Override
        public java.util.Set<Entry<String, String>> entrySet() {
            throw new UnsupportedOperationException("cells are read by header");
        }
    }

    /** The record's columns after line_no as one CSV line of the COPY, newline included. */
    private static void appendContent(StringBuilder b, EmployeeRecord r) {
        field(b, r.occupationCode());
        field(b, r.postLevel());
        field(b, r.education());
        field(b, r.age());
        field(b, r.male());
        field(b, r.hireYear());
        field(b, r.skillLevel());
        field(b, r.titleLevel());
        field(b, r.annualHours());
        b.append(r.basePay().toPlainString()).append(',').append(r.bonus().toPlainString()).append(',')
                .append(r.allowances().toPlainString()).append(',').append(r.overtimePay().toPlainString()).append('\n');
    }

    private static void field(StringBuilder b, Object v) {
        if (v != null) {
            String s = v.toString();
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                b.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                b.append(s);
            }
        }
        b.append(',');
    }

    private long saveUpload(CurrentUser user, SurveyReturn r, String fileName, int rows, int errors, int warnings,
                            boolean accepted, List<RowIssue> issues) {
        long id = jdbc.sql("""
                        INSERT INTO wage_upload (survey_enterprise_id, file_name, rows_read, error_count, warning_count, accepted, uploaded_by)
                        VALUES (:r, :f, :rows, :e, :w, :a, :u) RETURNING id""")
                .param("r", r.id()).param("f", truncate(fileName == null ? "upload" : fileName, 255)).param("rows", rows)
                .param("e", errors).param("w", warnings).param("a", accepted).param("u", user.username())
                .query(Long.class).single();
        template.batchUpdate("""
                        INSERT INTO wage_upload_issue (upload_id, line_no, column_name, cell_value, reason, severity)
                        VALUES (?, ?, ?, ?, ?, ?)""", issues, 1000,
                (PreparedStatement ps, RowIssue i) -> {
                    ps.setLong(1, id);
                    ps.setInt(2, i.lineNo());
                    ps.setString(3, i.column());
                    ps.setString(4, i.value() == null ? null : truncate(i.value(), 200));
                    ps.setString(5, truncate(i.reason(), 300));
                    ps.setString(6, i.severity().name());
                });
        return id;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
