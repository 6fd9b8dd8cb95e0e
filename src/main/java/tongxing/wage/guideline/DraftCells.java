package tongxing.wage.guideline;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes the cells of a draft edition with one COPY on the transaction's connection, applying the
 * suppression rules on the way: a suppressed cell's values are dropped here and never reach the
 * table. Occupation names are written with the cells (全部职业 for "*"). The COPY starts with the
 * first cell, after the computation has finished reading the records on the same connection.
 */
final class DraftCells implements Consumer<CellStatistics>, AutoCloseable {

    private static final String COPY = """
            COPY wage_guideline_cell (edition_id, occupation_code, occupation_level, occupation_name, dimension, dim_value,
                employees, enterprises, largest_employees, suppressed_reason, p10, p25, p50, p75, p90, mean)
            FROM STDIN (FORMAT text)""";
    private static final int FLUSH_CHARS = 1 << 16;

    private final DataSource dataSource;
    private final long editionId;
    private final List<SuppressionRule> rules;
    private final Map<String, String> occupationNames;
    private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 1024);
    private Connection connection;
    private CopyIn copy;
    private int cells;
    private int suppressed;

    DraftCells(JdbcClient jdbc, DataSource dataSource, long editionId, List<SuppressionRule> rules) {
        this.dataSource = dataSource;
        this.editionId = editionId;
        this.rules = rules;
        this.occupationNames = occupationNames(jdbc);
    }

    int cells() {
        return cells;
    }

    int suppressed() {
        return suppressed;
    }

    @Override
    public void accept(CellStatistics cell) {
        String reason = SuppressionRule.firstReason(rules, cell).orElse(null);
        cells++;
        if (reason != null) suppressed++;
        appendRow(cell, reason);
        if (buffer.length() > FLUSH_CHARS) flush();
    }

    /** Ends the COPY (nothing to do when there was no cell). */
    void finish() {
        flush();
        if (copy == null) return;
        try {
            copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("storing guideline cells failed", e);
        }
    }

    @Override
    public void close() {
        try {
            if (copy != null && copy.isActive()) copy.cancelCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("cancelling the guideline cell COPY failed", e);
        } finally {
            if (connection != null) DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void appendRow(CellStatistics c, String reason) {
        StringBuilder sb = buffer;
        String name = OccupationCodes.ALL.equals(c.occupationCode()) ? "全部职业" : occupationNames.get(c.occupationCode());
        sb.append(editionId).append('\t').append(text(c.occupationCode())).append('\t').append(c.occupationLevel())
                .append('\t').append(name == null ? "\\N" : text(name))
                .append('\t').append(c.dimension().name()).append('\t').append(text(c.dimValue()))
                .append('\t').append(c.employees()).append('\t').append(c.enterprises()).append('\t').append(c.largestEmployees())
                .append('\t').append(reason == null ? "\\N" : reason);
        boolean hide = reason != null;
        appendValue(sb, c.p10(), hide);
        appendValue(sb, c.p25(), hide);
        appendValue(sb, c.p50(), hide);
        appendValue(sb, c.p75(), hide);
        appendValue(sb, c.p90(), hide);
        appendValue(sb, c.mean(), hide);
        sb.append('\n');
    }

    private static void appendValue(StringBuilder sb, BigDecimal v, boolean hide) {
        sb.append('\t').append(hide || v == null ? "\\N" : v.toPlainString());
    }

    private static String text(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return s.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ").replace("\r", " ");
    }

    private void flush() {
        if (buffer.isEmpty()) return;
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            if (copy == null) {
                connection = DataSourceUtils.getConnection(dataSource);
                copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
            }
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("storing guideline cells failed", e);
        }
    }

    /** The names of the 2022 classification (wage_occupation), when the occupation catalogue is loaded. */
    private static Map<String, String> occupationNames(JdbcClient jdbc) {
        Map<String, String> names = new HashMap<>();
        boolean table = jdbc.sql("SELECT to_regclass('wage_occupation') IS NOT NULL").query(Boolean.class).single();
        if (!table) return names;
        jdbc.sql("SELECT code, name FROM wage_occupation").query((ResultSet rs) -> {
            names.put(rs.getString(1), rs.getString(2));
        });
        return names;
    }
}
