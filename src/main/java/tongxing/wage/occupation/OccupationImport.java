package tongxing.wage.occupation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.imports.ImportColumn;
import tongxing.platform.imports.ImportContext;
import tongxing.platform.imports.ImportCounts;
import tongxing.platform.imports.ImportDefinition;
import tongxing.platform.imports.ImportProblem;
import tongxing.platform.imports.RowResult;
import tongxing.platform.imports.RowValues;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.validation.Violation;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * 职业分类导入: the official table (人社部 2022 分类体系表) or a part of it, one row per code with its
 * name and optional GBM code. Level and parent follow from the code; a parent must be loaded already
 * or come earlier in the file. An upsert by code: new codes are added, changed names and GBM codes
 * updated (each renaming audited with the names before and after), identical rows left alone, so the
 * same file twice changes nothing. Nothing is ever deleted (a withdrawn code is 停用 on the list
 * page instead), so codes named by survey records and published editions stay.
 */
@Component
class OccupationImport implements ImportDefinition<OccupationImport.Line> {

    static final String CODE = "代码";
    static final String NAME = "名称";
    static final String GBM = "GBM代码";

    private static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required(CODE, "4-07-03-02",
                    "《职业分类大典（2022年版）》代码：大类 1 位（如 2），中类、小类、细类各加 2 位，用“-”连接（如 2-02、2-02-01、2-02-01-01）。上级分类须已载入或在本文件中排在前面。"),
            ImportColumn.required(NAME, "劳动关系协调员（示例行，导入前请删除）",
                    "职业分类名称，最多 " + OccupationCodeFormat.MAX_NAME + " 字。已载入的代码名称不同时按本文件更名（操作日志记录原名称）。"),
            ImportColumn.optional(GBM, null,
                    "GBM 代码，5 位数字（可带“GBM”字样）；不填则保留已载入的 GBM 代码。"));

    private static final Pattern GBM_DIGITS = Pattern.compile("[0-9]{5}");
    /** How long the codes of a file being validated are remembered (a validation takes seconds). */
    private static final long FILE_CODES_TTL_MS = 30 * 60 * 1000L;

    /** One row: code with the level and parent it implies, name, GBM code (null: keep the stored one). */
    record Line(String code, String parentCode, int level, String name, String gbmCode) {
    }

    private record FileCodes(Set<String> codes, long touched) {
    }

    private final JdbcClient jdbc;
    private final OccupationCatalogue catalogue;
    private final AuditLog audit;
    /** The valid codes of each file under validation so far, by job: a parent may come earlier in the file. */
    private final Map<Long, FileCodes> fileCodes = new ConcurrentHashMap<>();

    OccupationImport(JdbcClient jdbc, OccupationCatalogue catalogue, AuditLog audit) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    @Override
    public String kind() {
        return "wage-occupation";
    }

    @Override
    public String titleKey() {
        return "wage.occupation.import.kind";
    }

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public boolean mayImport(CurrentUser user) {
        return OccupationAccess.mayManage(user);
    }

    @Override
    public boolean parsesRowsIndependently() {
        return true;
    }

    @Override
    public String keyColumn() {
        return CODE;
    }

    @Override
    public String naturalKey(Map<String, String> row) {
        return OccupationTable.normalize(row.get(CODE));
    }

    @Override
    public RowResult<Line> parse(Map<String, String> row, ImportContext context) {
        RowValues in = new RowValues(row);
        String raw = in.text(CODE);
        String code = OccupationTable.normalize(raw);
        if (code == null) in.reject(CODE, "代码不能为空");
        else if (!OccupationCodeFormat.isWellFormed(code))
            in.reject(CODE, "代码格式应为 2、2-02、2-02-01 或 2-02-01-01（大类 1 位，其余每级 2 位，用“-”连接），实际为“" + raw + "”");
        String name = in.text(NAME) == null ? null : in.text(NAME).strip();
        if (name == null || name.isEmpty()) in.reject(NAME, "名称不能为空");
        else if (name.length() > OccupationCodeFormat.MAX_NAME)
            in.reject(NAME, "名称最多 " + OccupationCodeFormat.MAX_NAME + " 字，实际为 " + name.length() + " 字");
        String gbm = gbm(in.text(GBM));
        if (gbm != null && !GBM_DIGITS.matcher(gbm).matches())
            in.reject(GBM, "GBM代码应为 5 位数字，实际为“" + in.text(GBM) + "”");
        if (!in.violations().isEmpty()) return RowResult.invalid(in.violations());
        return RowResult.valid(new Line(code, OccupationCodeFormat.parent(code), OccupationCodeFormat.level(code), name, gbm));
    }

    /** "GBM 20201" or "20201" becomes "20201"; blank is null. */
    private static String gbm(String raw) {
        if (raw == null) return null;
        String s = raw.replaceAll("[\\s　]", "");
        if (s.regionMatches(true, 0, "GBM", 0, 3)) s = s.substring(3);
        return s.isEmpty() ? null : s;
    }

    /**
     * A row's parent must be loaded or be a valid row earlier in the file. Batches come in file
     * order, so the valid codes seen so far are kept per job while its file is validated.
     */
    @Override
    public Map<Integer, List<Violation>> checkBatch(List<Line> rows, ImportContext context) {
        long now = System.currentTimeMillis();
        fileCodes.values().removeIf(f -> now - f.touched() > FILE_CODES_TTL_MS);
        Set<String> earlier = fileCodes.computeIfAbsent(context.jobId(), id -> new FileCodes(new HashSet<>(), now)).codes();
        fileCodes.put(context.jobId(), new FileCodes(earlier, now));
        Set<String> parents = new HashSet<>();
        for (Line l : rows) if (l.parentCode() != null) parents.add(l.parentCode());
        Set<String> loaded = new HashSet<>(jdbc.sql("SELECT code FROM wage_occupation WHERE code = ANY(:codes)")
                .param("codes", parents.toArray(String[]::new)).query(String.class).list());
        Map<Integer, List<Violation>> problems = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Line l = rows.get(i);
            if (l.parentCode() == null || loaded.contains(l.parentCode()) || earlier.contains(l.parentCode())) {
                earlier.add(l.code());
            } else {
                problems.put(i, List.of(new Violation(CODE, "上级分类 " + l.parentCode() + " 既未载入，也不在本文件前面的行中")));
            }
        }
        return problems;
    }

    private record Stored(String name, String gbmCode) {
    }

    @Override
    public ImportCounts commit(Iterator<Line> rows, ImportContext context) {
        fileCodes.remove(context.jobId());
        Map<String, Stored> stored = new HashMap<>();
        jdbc.sql("SELECT code, name, gbm_code FROM wage_occupation FOR UPDATE").query((ResultSet rs) -> {
            stored.put(rs.getString(1), new Stored(rs.getString(2), rs.getString(3)));
        });
        String user = context.user().username();
        int inserted = 0, updated = 0, unchanged = 0;
        while (rows.hasNext()) {
            Line l = rows.next();
            Stored before = stored.get(l.code());
            if (before == null) {
                if (l.parentCode() != null && !stored.containsKey(l.parentCode()))
                    throw new ImportProblem("wage.occupation.import.parentGone", l.code(), l.parentCode());
                jdbc.sql("""
                                INSERT INTO wage_occupation (code, parent_code, level, name, gbm_code, updated_at, updated_by)
                                VALUES (:code, :parent, :level, :name, :gbm, now(), :user)""")
                        .param("code", l.code()).param("parent", l.parentCode()).param("level", l.level())
                        .param("name", l.name()).param("gbm", l.gbmCode()).param("user", user).update();
                stored.put(l.code(), new Stored(l.name(), l.gbmCode()));
                inserted++;
                continue;
            }
            String gbm = l.gbmCode() == null ? before.gbmCode() : l.gbmCode();
            if (before.name().equals(l.name()) && Objects.equals(before.gbmCode(), gbm)) {
                unchanged++;
                continue;
            }
            jdbc.sql("UPDATE wage_occupation SET name = :name, gbm_code = :gbm, updated_at = now(), updated_by = :user WHERE code = :code")
                    .param("name", l.name()).param("gbm", gbm).param("user", user).param("code", l.code()).update();
            audit.record(AuditAction.UPDATE, "wage_occupation", l.code(), summary(l.code(), before, l.name(), gbm),
                    values(before.name(), before.gbmCode()), values(l.name(), gbm));
            stored.put(l.code(), new Stored(l.name(), gbm));
            updated++;
        }
        catalogue.reloadAfterCommit();
        return new ImportCounts(inserted, updated, unchanged);
    }

    private static String summary(String code, Stored before, String name, String gbm) {
        List<String> what = new ArrayList<>();
        if (!before.name().equals(name)) what.add("名称“" + before.name() + "”改为“" + name + "”");
        if (!Objects.equals(before.gbmCode(), gbm)) what.add("GBM代码 " + Objects.toString(before.gbmCode(), "（空）") + " 改为 " + gbm);
        return "职业分类导入：" + code + " " + String.join("，", what);
    }

    private static Map<String, Object> values(String name, String gbm) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("gbmCode", gbm);
        return m;
    }
}
