package tongxing.coordinator.registry.imports;

import org.springframework.stereotype.Component;
import tongxing.coordinator.CoordinatorAccess;
import tongxing.coordinator.CoordinatorScope;
import tongxing.coordinator.SkillLevel;
import tongxing.coordinator.WorkplaceType;
import tongxing.coordinator.registry.CoordinatorData;
import tongxing.coordinator.registry.CoordinatorRegistry;
import tongxing.coordinator.registry.CoordinatorValidation;
import tongxing.platform.i18n.Texts;
import tongxing.platform.imports.CodeList;
import tongxing.platform.imports.ImportColumn;
import tongxing.platform.imports.ImportContext;
import tongxing.platform.imports.ImportCounts;
import tongxing.platform.imports.ImportDefinition;
import tongxing.platform.imports.RowResult;
import tongxing.platform.imports.RowValues;
import tongxing.platform.region.Region;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.Violation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static tongxing.coordinator.registry.imports.CoordinatorColumns.*;

/**
 * The coordinator roster import (协调员信息导入): by ID number, a new one registers a coordinator, a
 * known one updates them; the same file twice changes nothing the second time.
 */
@Component
class CoordinatorImport implements ImportDefinition<CoordinatorData> {

    private static final Map<String, WorkplaceType> WORKPLACES = Map.of("企业", WorkplaceType.ENTERPRISE,
            "乡镇街道", WorkplaceType.TOWNSHIP_STREET, "人社部门", WorkplaceType.HRSS, "工会", WorkplaceType.UNION,
            "企业代表组织", WorkplaceType.EMPLOYER_ORG, "社会组织", WorkplaceType.SOCIAL_ORG);
    private static final Map<String, SkillLevel> LEVELS = Map.ofEntries(
            Map.entry("四级", SkillLevel.LEVEL_4), Map.entry("中级工", SkillLevel.LEVEL_4), Map.entry("四级/中级工", SkillLevel.LEVEL_4),
            Map.entry("三级", SkillLevel.LEVEL_3), Map.entry("高级工", SkillLevel.LEVEL_3), Map.entry("三级/高级工", SkillLevel.LEVEL_3),
            Map.entry("二级", SkillLevel.LEVEL_2), Map.entry("技师", SkillLevel.LEVEL_2), Map.entry("二级/技师", SkillLevel.LEVEL_2),
            Map.entry("一级", SkillLevel.LEVEL_1), Map.entry("高级技师", SkillLevel.LEVEL_1), Map.entry("一级/高级技师", SkillLevel.LEVEL_1));

    private final CoordinatorValidation validation;
    private final CoordinatorRegistry registry;
    private final Regions regions;
    private final Texts texts;

    CoordinatorImport(CoordinatorValidation validation, CoordinatorRegistry registry, Regions regions, Texts texts) {
        this.validation = validation;
        this.registry = registry;
        this.regions = regions;
        this.texts = texts;
    }

    @Override
    public String kind() {
        return "coordinator";
    }

    @Override
    public String titleKey() {
        return "coordinator.import.kind";
    }

    @Override
    public List<ImportColumn> columns() {
        return ALL;
    }

    @Override
    public List<CodeList> codeLists() {
        return List.of(
                new CodeList(REGION, regions.cities().stream()
                        .map(r -> new CodeList.Code(r.code(), r.name() + "（" + r.shortName() + "）")).toList()),
                new CodeList(WORKPLACE, WORKPLACES.keySet().stream().sorted().map(k -> new CodeList.Code(k, k)).toList()),
                new CodeList(LEVEL, List.of(new CodeList.Code("四级", "中级工"), new CodeList.Code("三级", "高级工"),
                        new CodeList.Code("二级", "技师"), new CodeList.Code("一级", "高级技师"))));
    }

    @Override
    public boolean mayImport(CurrentUser user) {
        Scope scope = user.scope();
        return CoordinatorAccess.mayWrite(user.role()) && (scope instanceof Scope.Province || scope instanceof Scope.Region);
    }

    @Override
    public String keyColumn() {
        return ID_NUMBER;
    }

    @Override
    public String naturalKey(Map<String, String> row) {
        String id = row.get(ID_NUMBER);
        return id == null ? null : id.replaceAll("\\s", "").toUpperCase();
    }

    @Override
    public RowResult<CoordinatorData> parse(Map<String, String> row, ImportContext context) {
        RowValues in = new RowValues(row);
        String region = region(in, context.scope());
        WorkplaceType workplace = null;
        if (in.text(WORKPLACE) != null) {
            workplace = WORKPLACES.get(in.text(WORKPLACE).trim());
            if (workplace == null) in.reject(WORKPLACE, texts.get("coordinator.import.error.workplace", in.text(WORKPLACE)));
        }
        boolean fullTime = yesNo(texts, in, FULL_TIME, "专职", "兼职", true);
        boolean instructor = yesNo(texts, in, INSTRUCTOR, "是", "否", false);
        SkillLevel level = null;
        if (in.text(LEVEL) != null) {
            level = LEVELS.get(in.text(LEVEL).trim());
            if (level == null) in.reject(LEVEL, texts.get("coordinator.import.error.level", in.text(LEVEL)));
        }
        CoordinatorData data = new CoordinatorData(in.text(NAME), in.text(ID_NUMBER), in.text(PHONE), region, workplace,
                in.text(USCC), in.text(POST), fullTime, instructor, level, in.text(CERT_NO), in.date(CERT_DATE),
                in.text(CERT_BODY), in.date(APPOINTED)).normalized();
        List<Violation> violations = new ArrayList<>(in.violations());
        for (Violation v : validation.check(data, context.scope())) {
            String column = BY_FIELD.getOrDefault(v.field(), v.field());
            if (!in.rejected(column)) violations.add(new Violation(column, v.reason()));
        }
        return violations.isEmpty() ? RowResult.valid(data) : RowResult.invalid(violations);
    }

    private String region(RowValues in, Scope scope) {
        String text = in.text(REGION);
        if (text == null) return null;
        Optional<Region> region = regions.resolve(text);
        if (region.isEmpty()) {
            in.reject(REGION, texts.get("coordinator.import.error.region", text));
            return null;
        }
        if (!CoordinatorScope.mayManage(scope, region.get().code())) {
            String own = scope instanceof Scope.Region r ? regions.name(r.regionCode()) : "";
            in.reject(REGION, texts.get("coordinator.import.error.regionScope", own, region.get().name()));
        }
        return region.get().code();
    }

    private static boolean yesNo(Texts texts, RowValues in, String column, String yes, String no, boolean blank) {
        String s = in.text(column);
        if (s == null) return blank;
        if (s.trim().equals(yes)) return true;
        if (s.trim().equals(no)) return false;
        in.reject(column, texts.get("coordinator.import.error.yesNo", column, yes, no, s));
        return blank;
    }

    /** A city user may not change a coordinator registered in another region. */
    @Override
    public Map<Integer, List<Violation>> checkBatch(List<CoordinatorData> rows, ImportContext context) {
        if (context.scope() instanceof Scope.Province) return Map.of();
        Map<Integer, List<Violation>> problems = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            var stored = registry.findByIdNumber(Scope.province(), rows.get(i).idNumber());
            if (stored.isPresent() && !CoordinatorScope.mayManage(context.scope(), stored.get().regionCode()))
                problems.put(i, List.of(new Violation(ID_NUMBER, texts.get("coordinator.import.error.otherRegion", regions.name(stored.get().regionCode())))));
        }
        return problems;
    }

    @Override
    public ImportCounts commit(Iterator<CoordinatorData> rows, ImportContext context) {
        int inserted = 0, updated = 0, unchanged = 0;
        while (rows.hasNext()) {
            switch (registry.upsert(context.scope(), rows.next())) {
                case INSERTED -> inserted++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        return new ImportCounts(inserted, updated, unchanged);
    }
}
