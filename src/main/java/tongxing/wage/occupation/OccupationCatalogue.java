package tongxing.wage.occupation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.web.NotFoundException;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * 职业分类 as the office maintains it: the list with its filter and counts per level, the export of the
 * same filter, 停用/启用 of a code. Every change is audited and, once committed, reloaded into
 * {@link OccupationTable}, which the survey's validation reads.
 */
@Service
public class OccupationCatalogue {

    static final int PAGE_SIZE = 100;
    /** What the 2022 edition has per level (大类, 中类, 小类, 细类), to show how much of it is loaded. */
    static final int[] OFFICIAL = {8, 79, 449, 1636};

    private final JdbcClient jdbc;
    private final OccupationTable table;
    private final AuditLog audit;
    private final Texts texts;

    OccupationCatalogue(JdbcClient jdbc, OccupationTable table, AuditLog audit, Texts texts) {
        this.jdbc = jdbc;
        this.table = table;
        this.audit = audit;
        this.texts = texts;
    }

    /** One listed code with how many codes are directly below it. */
    public record Row(String code, String parentCode, int level, String name, String gbmCode, boolean disabled,
                      int children) {
    }

    /** A level's count under the filter, and in the whole catalogue against the official figure. */
    public record LevelCount(int level, long matching, long loaded, int official) {
    }

    public record Page(List<Row> rows, long total, int page, int pageCount, List<LevelCount> levels) {
    }

    public Page page(OccupationFilter filter, int page) {
        Where w = where(filter);
        Map<Integer, Long> matching = new HashMap<>();
        jdbc.sql("SELECT o.level, count(*) FROM wage_occupation o" + w.sql + " GROUP BY o.level").params(w.params)
                .query((ResultSet rs) -> {
                    matching.put(rs.getInt(1), rs.getLong(2));
                });
        Map<Integer, Long> loaded = new HashMap<>();
        jdbc.sql("SELECT level, count(*) FROM wage_occupation GROUP BY level").query((ResultSet rs) -> {
            loaded.put(rs.getInt(1), rs.getLong(2));
        });
        List<LevelCount> levels = new ArrayList<>();
        long total = 0;
        for (int level = 1; level <= 4; level++) {
            long m = matching.getOrDefault(level, 0L);
            total += m;
            levels.add(new LevelCount(level, m, loaded.getOrDefault(level, 0L), OFFICIAL[level - 1]));
        }
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.min(Math.max(page, 1), pages);
        Map<String, Object> params = new LinkedHashMap<>(w.params);
        params.put("limit", PAGE_SIZE);
        params.put("offset", (p - 1) * PAGE_SIZE);
        List<Row> rows = jdbc.sql(select(w) + " LIMIT :limit OFFSET :offset").params(params).query(this::row).list();
        return new Page(rows, total, p, pages, levels);
    }

    /** Every code of the filter in classification order, for the export. */
    public void stream(OccupationFilter filter, Consumer<Row> sink) {
        Where w = where(filter);
        jdbc.sql(select(w)).params(w.params).query((ResultSet rs) -> {
            sink.accept(row(rs, 0));
        });
    }

    /** The code and its ancestors from the major group down, for the breadcrumb of a branch. */
    public List<Occupation> path(String code) {
        List<Occupation> out = new ArrayList<>();
        for (String c = code; c != null; c = OccupationCodeFormat.parent(c)) table.find(c).ifPresent(o -> out.add(0, o));
        return out;
    }

    /** 停用 (disabled = true) or 启用 a code: the office only; a disabled code is refused for new survey records. */
    @Transactional
    public void setDisabled(CurrentUser user, String code, boolean disabled) {
        if (!OccupationAccess.mayManage(user)) throw new org.springframework.security.access.AccessDeniedException("not the office");
        String c = OccupationTable.normalize(code);
        Boolean before = c == null ? null : jdbc.sql("SELECT disabled FROM wage_occupation WHERE code = :c FOR UPDATE")
                .param("c", c).query(Boolean.class).optional().orElse(null);
        if (before == null) throw new NotFoundException();
        if (before == disabled) return;
        if (c.indexOf('-') < 0 && disabled)
            throw new ValidationException("code", texts.get("wage.occupation.error.disableMajor"));
        jdbc.sql("UPDATE wage_occupation SET disabled = :d, updated_at = now(), updated_by = :u WHERE code = :c")
                .param("d", disabled).param("u", user.username()).param("c", c).update();
        audit.record(AuditAction.UPDATE, "wage_occupation", c, (disabled ? "停用职业分类 " : "启用职业分类 ") + c,
                Map.of("disabled", before), Map.of("disabled", disabled));
        reloadAfterCommit();
    }

    /** Makes {@link OccupationTable} read the table again once the current transaction has committed. */
    void reloadAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            table.reload();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                // Also after a rollback: cheap, and the snapshot can never be ahead of or behind the table.
                table.reload();
            }
        });
    }

    private static String select(Where w) {
        return """
                SELECT o.code, o.parent_code, o.level, o.name, o.gbm_code, o.disabled,
                       (SELECT count(*) FROM wage_occupation k WHERE k.parent_code = o.code) AS children
                FROM wage_occupation o""" + w.sql + " ORDER BY o.code COLLATE \"C\"";
    }

    private Row row(ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getBoolean(6),
                rs.getInt(7));
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(OccupationFilter f) {
        List<String> and = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.q() != null) {
            String code = OccupationTable.normalize(f.q());
            and.add("(o.code LIKE :codePrefix || '%' OR o.name LIKE '%' || :name || '%' ESCAPE '\\')");
            params.put("codePrefix", likeEscape(code == null ? f.q() : code));
            params.put("name", likeEscape(f.q()));
        }
        if (f.level() != null) {
            and.add("o.level = :level");
            params.put("level", f.level());
        }
        if (f.under() != null) {
            and.add("(o.code = :under OR o.code LIKE :underPrefix)");
            params.put("under", f.under());
            params.put("underPrefix", f.under() + "-%");
        }
        if (f.status() != null) and.add("disabled".equals(f.status()) ? "o.disabled" : "NOT o.disabled");
        return new Where(and.isEmpty() ? "" : " WHERE " + String.join(" AND ", and), params);
    }

    private static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
