package tongxing.monitoring.layoffplan;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import tongxing.platform.imports.CodeList;
import tongxing.platform.imports.HeaderLayout;
import tongxing.platform.imports.ImportColumn;
import tongxing.platform.imports.ImportProblem;
import tongxing.platform.imports.RowValues;
import tongxing.platform.imports.excel.TemplateWriter;
import tongxing.platform.imports.table.TableFormat;
import tongxing.platform.imports.table.TableReader;
import tongxing.platform.imports.table.TableRow;
import tongxing.platform.i18n.Texts;
import tongxing.platform.identity.ResidentIdNumber;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 裁减人员名单导入: the list of employees of one plan from an Excel/CSV file made from the
 * template. All or nothing: a file with any bad row saves nothing and answers every bad row with
 * its number, column and reason.
 */
@Component
class EmployeeImport {

    static final String NAME = "姓名", ID = "身份证号码", POSITION = "岗位", HIRE = "入职日期", WAGE = "前十二个月平均工资（元/月）",
            CONTRACT = "劳动合同期限类型", LONG_TERM = "较长期限固定期限合同", SOLE = "家庭唯一就业且有需扶养的老人或未成年人",
            PROTECTED = "第四十二条情形";
    static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required(NAME, "张三", "劳动者姓名"),
            ImportColumn.required(ID, "11010519491231002X", "18位公民身份号码，按GB 11643校验"),
            ImportColumn.optional(POSITION, "包装工", "裁减岗位"),
            ImportColumn.required(HIRE, "2015-03-01", "本单位入职日期，如 2015-03-01"),
            ImportColumn.required(WAGE, "5200", "解除前十二个月平均工资，含奖金、津贴和补贴"),
            ImportColumn.required(CONTRACT, "固定期限", "固定期限、无固定期限、以完成一定工作任务为期限"),
            ImportColumn.optional(LONG_TERM, "否", "是/否：与本单位订立较长期限的固定期限劳动合同（第四十一条第二款，应优先留用）"),
            ImportColumn.optional(SOLE, "否", "是/否：家庭无其他就业人员，有需要扶养的老人或者未成年人（应优先留用）"),
            ImportColumn.optional(PROTECTED, "", "第四十二条不得裁减的情形，多项用顿号分隔："
                    + String.join("、", Arrays.stream(ProtectedStatus.values()).map(ProtectedStatus::shortText).toList())));
    private static final Map<String, String> FIELDS = Map.of("name", NAME, "idNumber", ID, "position", POSITION,
            "hireDate", HIRE, "averageWage", WAGE, "contractType", CONTRACT);

    /** One bad row of the file. */
    record RowError(int row, String column, String reason) {
    }

    /** The file read: the valid rows, or every error. */
    record Result(List<EmployeeData> rows, List<RowError> errors) {
    }

    private final LayoffPlans plans;
    private final Texts texts;

    EmployeeImport(LayoffPlans plans, Texts texts) {
        this.plans = plans;
        this.texts = texts;
    }

    void template(OutputStream out) throws IOException {
        TemplateWriter.write(out, "裁减人员名单", COLUMNS, List.of(
                        new CodeList(CONTRACT, Arrays.stream(ContractType.values()).map(c -> new CodeList.Code(c.text(), c.name())).toList()),
                        new CodeList(PROTECTED, Arrays.stream(ProtectedStatus.values())
                                .map(p -> new CodeList.Code(p.shortText(), p.text())).toList())),
                new TemplateWriter.Labels("填写说明", "裁减人员名单导入模板：每行一名拟裁减人员，带 * 的列必填。", "列", "必填", "示例",
                        "说明", "是", "否", "填写值", "含义"));
    }

    /** Reads the file and, when every row is good, adds the rows to the plan. */
    Result importFile(CurrentUser user, long planId, int version, MultipartFile file) throws IOException {
        LayoffPlan plan = plans.require(user, planId);
        if (file == null || file.isEmpty()) throw new ImportProblem("imports.file.empty");
        Path tmp = Files.createTempFile("layoff-employees", ".upload");
        try {
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            Result result = read(tmp, file.getOriginalFilename(), plan);
            if (result.errors().isEmpty()) {
                if (result.rows().isEmpty()) throw new ImportProblem("imports.file.noRows");
                plans.addEmployees(user, planId, version, result.rows());
            }
            return result;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private Result read(Path file, String name, LayoffPlan plan) {
        Set<String> known = new HashSet<>();
        plans.employees(plan.id()).forEach(e -> known.add(e.idNumber()));
        List<EmployeeData> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (TableReader reader = TableFormat.detect(file, name).open(file)) {
            HeaderLayout layout = HeaderLayout.read(reader, COLUMNS);
            while (reader.hasNext()) {
                TableRow row = reader.next();
                if (row.blank()) continue;
                RowValues values = new RowValues(layout.values(row));
                EmployeeData e = parse(values);
                List<Violation> v = new ArrayList<>(values.violations());
                for (Violation x : EmployeeValidation.check(texts, e, plan.layoffOn(), FIELDS))
                    if (!values.rejected(x.field())) v.add(x);
                String id = e.idNumber();
                if (id != null && ResidentIdNumber.isValid(id)) {
                    Integer first = seen.putIfAbsent(id, row.number());
                    if (first != null) v.add(new Violation(ID, texts.get("casework.employee.error.duplicateRow", String.valueOf(first))));
                    else if (known.contains(id)) v.add(new Violation(ID, texts.get("casework.employee.error.alreadyListed")));
                }
                if (v.isEmpty()) rows.add(e);
                else v.forEach(x -> errors.add(new RowError(row.number(), x.field(), x.reason())));
            }
        }
        return new Result(rows, errors);
    }

    private EmployeeData parse(RowValues r) {
        ContractType contract = null;
        String c = r.text(CONTRACT);
        if (c != null) {
            contract = ContractType.parse(c).orElse(null);
            if (contract == null) r.reject(CONTRACT, texts.get("casework.employee.error.contractTypeInvalid", c));
        }
        Set<ProtectedStatus> statuses = EnumSet.noneOf(ProtectedStatus.class);
        for (String s : r.list(PROTECTED)) {
            if (s.equals("无") || s.equals("否")) continue;
            ProtectedStatus.parse(s).ifPresentOrElse(statuses::add,
                    () -> r.reject(PROTECTED, texts.get("casework.employee.error.protectedInvalid", s)));
        }
        return new EmployeeData(r.text(NAME), ResidentIdNumber.normalize(r.text(ID)), r.text(POSITION), r.date(HIRE),
                r.decimal(WAGE), contract, yes(r, LONG_TERM), yes(r, SOLE), statuses);
    }

    private boolean yes(RowValues r, String column) {
        String s = r.text(column);
        if (s == null) return false;
        String t = s.trim();
        if (List.of("是", "Y", "y", "YES", "yes", "TRUE", "true", "√", "1").contains(t)) return true;
        if (List.of("否", "N", "n", "NO", "no", "FALSE", "false", "×", "0").contains(t)) return false;
        r.reject(column, texts.get("casework.employee.error.yesOrNo", column, t));
        return false;
    }
}
