package tongxing.wage.guideline;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The cells of one edition as a list: filtered, paged, streamed for export. */
@Service
public class GuidelineCells {

    private static final String WHERE = """
            WHERE edition_id = :edition AND dimension = :dimension AND dim_value = :dimValue
              AND (CAST(:q AS text) IS NULL OR occupation_code LIKE :prefix OR occupation_name LIKE :contains)""";

    private final JdbcClient jdbc;

    GuidelineCells(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Page(List<GuidelineRow> rows, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    public Page page(long editionId, CellFilter filter, int page, int size) {
        int p = Math.max(0, page);
        int s = Math.min(Math.max(1, size), 500);
        long total = bind(jdbc.sql("SELECT count(*) FROM wage_guideline_cell " + WHERE), editionId, filter)
                .query(Long.class).single();
        List<GuidelineRow> rows = bind(jdbc.sql("SELECT * FROM wage_guideline_cell " + WHERE
                        + " ORDER BY occupation_code = '*' DESC, occupation_code LIMIT :limit OFFSET :offset"), editionId, filter)
                .param("limit", s).param("offset", (long) p * s)
                .query(GuidelineCells::map).list();
        return new Page(rows, p, s, total);
    }

    public void stream(long editionId, CellFilter filter, Consumer<GuidelineRow> sink) {
        bind(jdbc.sql("SELECT * FROM wage_guideline_cell " + WHERE + " ORDER BY occupation_code = '*' DESC, occupation_code"),
                editionId, filter)
                .query((ResultSet rs) -> {
                    sink.accept(map(rs, 0));
                });
    }

    public Optional<GuidelineRow> find(long editionId, String occupationCode, Dimension dimension, String dimValue) {
        return jdbc.sql("""
                        SELECT * FROM wage_guideline_cell WHERE edition_id = :edition AND occupation_code = :occ
                          AND dimension = :dimension AND dim_value = :dimValue""")
                .param("edition", editionId).param("occ", occupationCode).param("dimension", dimension.name())
                .param("dimValue", dimValue).query(GuidelineCells::map).optional();
    }

    /**
     * Every cell of the edition in the given dimensions for the given occupations, keyed by
     * {@code dimension + "/" + dimValue + "/" + occupationCode} (feedback reports look up many at once).
     */
    public Map<String, GuidelineRow> cellsFor(long editionId, List<Dimension> dimensions) {
        Map<String, GuidelineRow> out = new java.util.HashMap<>();
        jdbc.sql("SELECT * FROM wage_guideline_cell WHERE edition_id = :edition AND dimension IN (:dims)")
                .param("edition", editionId).param("dims", dimensions.stream().map(Enum::name).toList())
                .query((ResultSet rs) -> {
                    GuidelineRow r = map(rs, 0);
                    out.put(key(r.dimension(), r.dimValue(), r.occupationCode()), r);
                });
        return out;
    }

    public static String key(Dimension dimension, String dimValue, String occupationCode) {
        return dimension.name() + "/" + dimValue + "/" + occupationCode;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, long editionId, CellFilter filter) {
        String q = filter.q();
        return spec.param("edition", editionId).param("dimension", filter.dimension().name())
                .param("dimValue", filter.dimValue()).param("q", q)
                .param("prefix", q == null ? null : like(q) + "%")
                .param("contains", q == null ? null : "%" + like(q) + "%");
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static GuidelineRow map(ResultSet rs, int n) throws SQLException {
        return new GuidelineRow(rs.getString("occupation_code"), rs.getInt("occupation_level"), rs.getString("occupation_name"),
                Dimension.valueOf(rs.getString("dimension")), rs.getString("dim_value"), rs.getInt("employees"),
                rs.getInt("enterprises"), rs.getString("suppressed_reason"), rs.getBigDecimal("p10"), rs.getBigDecimal("p25"),
                rs.getBigDecimal("p50"), rs.getBigDecimal("p75"), rs.getBigDecimal("p90"), rs.getBigDecimal("mean"),
                rs.getBigDecimal("yoy_p50"));
    }
}
