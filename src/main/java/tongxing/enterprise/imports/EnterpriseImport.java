package tongxing.enterprise.imports;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tongxing.enterprise.BulkUpsertResult;
import tongxing.enterprise.EnterpriseData;
import tongxing.enterprise.EnterpriseStages;
import tongxing.enterprise.EnterpriseValidation;
import tongxing.platform.i18n.Texts;
import tongxing.platform.identity.Uscc;
import tongxing.platform.imports.CodeList;
import tongxing.platform.imports.ImportColumn;
import tongxing.platform.imports.ImportContext;
import tongxing.platform.imports.ImportCounts;
import tongxing.platform.imports.ImportProblem;
import tongxing.platform.imports.ImportStage;
import tongxing.platform.imports.RowResult;
import tongxing.platform.imports.RowValues;
import tongxing.platform.imports.StagedImport;
import tongxing.platform.industry.Industries;
import tongxing.platform.ownership.OwnershipType;
import tongxing.platform.ownership.OwnershipTypes;
import tongxing.platform.region.Region;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.platform.security.ScopeSql;
import tongxing.platform.validation.Violation;

import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static tongxing.enterprise.imports.EnterpriseColumns.*;

/**
 * The enterprise ledger import (企业信息导入): the Excel sheets the city bureaus keep today,
 * loaded into the registry by USCC. A row that names an existing enterprise updates it; the
 * same file loaded twice changes nothing the second time.
 */
@Component
class EnterpriseImport implements StagedImport<EnterpriseData> {

    private final EnterpriseValidation validation;
    private final EnterpriseStages stages;
    private final Regions regions;
    private final Industries industries;
    private final OwnershipTypes ownershipTypes;
    private final JdbcClient jdbc;
    private final Texts texts;

    EnterpriseImport(EnterpriseValidation validation, EnterpriseStages stages, Regions regions, Industries industries,
                     OwnershipTypes ownershipTypes, JdbcClient jdbc, Texts texts) {
        this.validation = validation;
        this.stages = stages;
        this.regions = regions;
        this.industries = industries;
        this.ownershipTypes = ownershipTypes;
        this.jdbc = jdbc;
        this.texts = texts;
    }

    @Override
    public String kind() {
        return "enterprise";
    }

    @Override
    public String titleKey() {
        return "imports.kind.enterprise";
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
                new CodeList(INDUSTRY + "（GB/T 4754-2017 行业大类，也可填其下的中类、小类代码）", industries.divisions().stream()
                        .map(i -> new CodeList.Code(i.code(), i.section() + " " + i.name())).toList()),
                new CodeList(OWNERSHIP, ownershipTypes.assignable().stream()
                        .map(o -> new CodeList.Code(o.code(), o.name())).toList()),
                new CodeList(STATUS, EnterpriseStatusText.CODES));
    }

    /** Staff of the province or of a city/county; others have nobody's ledger to load. */
    @Override
    public boolean mayImport(CurrentUser user) {
        Scope scope = user.scope();
        return user.role().isStaff() && (scope instanceof Scope.Province || scope instanceof Scope.Region);
    }

    @Override
    public String keyColumn() {
        return USCC;
    }

    @Override
    public String naturalKey(Map<String, String> row) {
        String uscc = usccOf(row.get(USCC));
        return uscc == null || uscc.isEmpty() ? null : uscc;
    }

    /** A row needs only the code tables, which are read-only after start. */
    @Override
    public boolean parsesRowsIndependently() {
        return true;
    }

    @Override
    public RowResult<EnterpriseData> parse(Map<String, String> row, ImportContext context) {
        RowValues in = new RowValues(row);
        String regionCode = region(in, context.scope());
        String ownershipCode = ownership(in);
        String status = EnterpriseStatusText.parse(in.text(STATUS)).orElse(null);
        if (in.text(STATUS) != null && status == null) in.reject(STATUS, texts.get("enterprise.import.error.status", in.text(STATUS)));
        Integer employees = in.integer(EMPLOYEES);
        var revenue = in.decimal(REVENUE);
        var assets = in.decimal(ASSETS);
        EnterpriseData data = new EnterpriseData(usccOf(in.text(USCC)), in.text(NAME), regionCode, industryCode(in.text(INDUSTRY)),
                ownershipCode, employees, revenue == null ? null : revenue.setScale(2, RoundingMode.HALF_UP),
                assets == null ? null : assets.setScale(2, RoundingMode.HALF_UP), in.text(LEGAL_REPRESENTATIVE),
                in.text(CONTACT_PERSON), in.text(CONTACT_PHONE), in.text(ADDRESS), in.date(ESTABLISHED_ON), status,
                in.list(TAGS));
        List<Violation> violations = new java.util.ArrayList<>(in.violations());
        for (Violation v : validation.check(data)) {
            String column = BY_FIELD.getOrDefault(v.field(), v.field());
            if (!in.rejected(column)) violations.add(new Violation(column, v.reason()));
        }
        return violations.isEmpty() ? RowResult.valid(data) : RowResult.invalid(violations);
    }

    /** 所属市县 as code, full or short name; a city user may only name their own. */
    private String region(RowValues in, Scope scope) {
        String text = in.text(REGION);
        if (text == null) return null; // EnterpriseValidation says it is required
        Optional<Region> region = regions.resolve(text);
        if (region.isEmpty()) {
            in.reject(REGION, texts.get("enterprise.import.error.region", text));
            return null;
        }
        if (!ScopeSql.mayWriteRegion(scope, region.get().code())) {
            String own = scope instanceof Scope.Region r ? regions.name(r.regionCode()) : "";
            in.reject(REGION, texts.get("enterprise.import.error.outsideRegion", own, region.get().name()));
        }
        return region.get().code();
    }

    private String ownership(RowValues in) {
        String text = in.text(OWNERSHIP);
        if (text == null) return null;
        Optional<OwnershipType> type = ownershipTypes.resolve(text);
        if (type.isEmpty()) {
            in.reject(OWNERSHIP, texts.get("enterprise.import.error.ownership", text));
            return null;
        }
        return type.get().code();
    }

    /**
     * Excel drops leading zeros of codes typed into number cells: 1 → 01, 111 → 0111. A code that
     * exists as typed (the group 702 物业管理) is kept: only an unknown code is given its zero back.
     */
    String industryCode(String text) {
        if (text == null) return null;
        String code = text.replace(" ", "");
        if (industries.find(code).isEmpty() && (code.matches("\\d") || code.matches("\\d{3}"))
                && industries.find("0" + code).isPresent()) return "0" + code;
        return code;
    }

    private static String usccOf(String text) {
        if (text == null) return null;
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'; // regex \\s
            if (!space) b.append(c);
        }
        return Uscc.normalize(b.toString());
    }

    /**
     * A city user may not change an enterprise registered in another region: one lookup per
     * batch of rows. (The bulk loader checks it again at commit, inside the transaction.)
     */
    @Override
    public Map<Integer, List<Violation>> checkBatch(List<EnterpriseData> rows, ImportContext context) {
        if (!(context.scope() instanceof Scope.Region own)) return Map.of();
        List<String> usccs = rows.stream().map(EnterpriseData::uscc).distinct().toList();
        Map<String, String> stored = new HashMap<>();
        jdbc.sql("SELECT uscc, region_code FROM enterprise WHERE uscc IN (:usccs)")
                .param("usccs", usccs)
                .query((rs, n) -> stored.put(rs.getString(1), rs.getString(2))).list();
        Map<Integer, List<Violation>> problems = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String region = stored.get(rows.get(i).uscc());
            if (region != null && !region.equals(own.regionCode())) {
                problems.put(i, List.of(new Violation(USCC,
                        texts.get("enterprise.import.error.registeredElsewhere", regions.name(region)))));
            }
        }
        return problems;
    }

    /** The valid rows go to the job's stage table while the file is validated (see EnterpriseStages). */
    @Override
    public ImportStage<EnterpriseData> openStage(ImportContext context) {
        EnterpriseStages.Writer writer = stages.open(context.jobId());
        return new ImportStage<>() {
            @Override
            public void accept(List<EnterpriseData> rows) {
                writer.write(rows);
            }

            /** Encrypting the phone and encoding the row, on the validation's workers. */
            @Override
            public Object prepare(EnterpriseData row) {
                return writer.encode(row);
            }

            @Override
            public void acceptPrepared(List<EnterpriseData> rows, List<Object> prepared) {
                List<byte[]> lines = new java.util.ArrayList<>(prepared.size());
                for (Object line : prepared) lines.add((byte[]) line);
                writer.writeEncoded(lines);
            }

            @Override
            public void complete() {
                writer.complete();
            }

            @Override
            public void close() {
                writer.close();
            }
        };
    }

    /** A first load locks the registry while it runs: the page says so before the user commits. */
    @Override
    public String commitNoticeKey(int validRows) {
        return stages.mayBeFirstLoad(validRows) ? "enterprise.import.firstLoadNotice" : null;
    }

    @Override
    public ImportCounts commitStaged(ImportContext context, int expectedRows) {
        long staged = stages.stagedRows(context.jobId());
        if (staged != expectedRows) throw new ImportProblem("imports.commit.stageLost");
        BulkUpsertResult result = stages.commit(context.scope(), context.jobId(), staged, "IMPORT");
        return new ImportCounts(result.inserted(), result.updated(), result.unchanged());
    }

    @Override
    public void discardStage(long jobId) {
        stages.discard(jobId);
    }
}
