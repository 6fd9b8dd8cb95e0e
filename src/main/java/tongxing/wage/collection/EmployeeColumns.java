package tongxing.wage.collection;

import tongxing.platform.imports.CodeList;
import tongxing.platform.imports.ImportColumn;
import tongxing.wage.occupation.OccupationTable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of the employee-record template (职工薪酬明细) and how one row becomes an
 * {@link EmployeeRecord} or the reasons why not. Pure: no database (the occupation table is cached).
 */
final class EmployeeColumns {

    static final String OCCUPATION = "职业编码";
    static final String POST_LEVEL = "岗位等级";
    static final String EDUCATION = "学历";
    static final String AGE = "年龄";
    static final String SEX = "性别";
    static final String HIRE_YEAR = "入职年份";
    static final String SKILL = "职业技能等级";
    static final String TITLE = "专业技术职称";
    static final String HOURS = "年工作小时";
    static final String BASE = "基本工资";
    static final String BONUS = "奖金";
    static final String ALLOWANCES = "津贴补贴";
    static final String OVERTIME = "加班工资";

    static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required(OCCUPATION, "4-07-03-02", "《职业分类大典（2022年版）》编码，填到细类；见“填写说明”代码表"),
            ImportColumn.optional(POST_LEVEL, "主管", "企业内部岗位等级，最多 20 字"),
            ImportColumn.optional(EDUCATION, "大学本科", "博士研究生、硕士研究生、大学本科、大学专科、高中及中专、初中及以下"),
            ImportColumn.required(AGE, "35", "周岁，14 至 100"),
            ImportColumn.required(SEX, "女", "男 或 女"),
            ImportColumn.optional(HIRE_YEAR, "2019", "四位年份"),
            ImportColumn.optional(SKILL, "四级", "职业技能等级：五级、四级、三级、二级、一级（或初级工、中级工、高级工、技师、高级技师）；无则留空"),
            ImportColumn.optional(TITLE, "中级", "专业技术职称：初级、中级、高级；无则留空"),
            ImportColumn.optional(HOURS, "2000", "本年度实际工作小时数；留空按全年全日制 2000 小时"),
            ImportColumn.required(BASE, "48000", "本年度基本工资，元"),
            ImportColumn.optional(BONUS, "12000", "本年度奖金，元"),
            ImportColumn.optional(ALLOWANCES, "3600", "本年度津贴补贴，元"),
            ImportColumn.optional(OVERTIME, "0", "本年度加班工资，元"));

    static final Map<String, String> EDUCATIONS = Map.of("博士研究生", "DOCTORATE", "博士", "DOCTORATE",
            "硕士研究生", "MASTER", "硕士", "MASTER", "大学本科", "BACHELOR", "本科", "BACHELOR",
            "大学专科", "COLLEGE", "专科", "COLLEGE", "高中及中专", "HIGH_SCHOOL", "初中及以下", "JUNIOR_OR_BELOW");
    static final Map<String, String> SKILLS = Map.ofEntries(Map.entry("五级", "LEVEL_5"), Map.entry("初级工", "LEVEL_5"),
            Map.entry("四级", "LEVEL_4"), Map.entry("中级工", "LEVEL_4"), Map.entry("三级", "LEVEL_3"),
            Map.entry("高级工", "LEVEL_3"), Map.entry("二级", "LEVEL_2"), Map.entry("技师", "LEVEL_2"),
            Map.entry("一级", "LEVEL_1"), Map.entry("高级技师", "LEVEL_1"));
    static final Map<String, String> TITLES = Map.of("初级", "JUNIOR", "中级", "INTERMEDIATE", "高级", "SENIOR",
            "副高级", "SENIOR", "正高级", "SENIOR");
    private static final BigDecimal MAX_PAY = new BigDecimal("9999999999.99");

    private final OccupationTable occupations;
    private final int surveyYear;

    EmployeeColumns(OccupationTable occupations, int surveyYear) {
        this.occupations = occupations;
        this.surveyYear = surveyYear;
    }

    static List<CodeList> codeLists(OccupationTable occupations) {
        List<CodeList.Code> codes = occupations.recordable().stream().map(o -> new CodeList.Code(o.code(), o.name())).toList();
        return List.of(new CodeList("职业编码（《职业分类大典（2022年版）》，已载入部分）", codes));
    }

    /** Header texts to column positions; a header matches ignoring spaces and a trailing *. */
    static Map<String, Integer> headerPositions(List<String> header) {
        Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (h == null) continue;
            String t = h.replace(" ", "").replace("　", "").replace("*", "").strip();
            for (ImportColumn c : COLUMNS) if (c.header().equals(t)) pos.putIfAbsent(c.header(), i);
        }
        return pos;
    }

    static List<String> missingRequired(Map<String, Integer> positions) {
        return COLUMNS.stream().filter(ImportColumn::required).map(ImportColumn::header)
                .filter(h -> !positions.containsKey(h)).toList();
    }

    /** The record, or the row's errors (never both). */
    Optional<EmployeeRecord> parse(int lineNo, Map<String, String> cells, List<RowIssue> issues) {
        int before = issues.size();
        String occ = OccupationTable.normalize(cells.get(OCCUPATION));
        if (occ == null) issues.add(RowIssue.error(lineNo, OCCUPATION, null, "职业编码不能为空"));
        else if (occupations.find(occ).isEmpty())
            issues.add(RowIssue.error(lineNo, OCCUPATION, occ, "职业编码 " + occ + " 不在《职业分类大典（2022年版）》代码表中"));
        else if (occupations.hasChildren(occ))
            issues.add(RowIssue.error(lineNo, OCCUPATION, occ, "职业编码 " + occ + " 是上级分类，请填写到细类"));
        else if (!occupations.isRecordable(occ))
            issues.add(RowIssue.error(lineNo, OCCUPATION, occ, "职业编码 " + occ + " 已停用，请改填现行的职业编码"));
        String post = text(cells.get(POST_LEVEL));
        if (post != null && post.length() > 20) issues.add(RowIssue.error(lineNo, POST_LEVEL, post, "岗位等级最多 20 字"));
        String edu = coded(lineNo, EDUCATION, cells.get(EDUCATION), EDUCATIONS, issues);
        Integer age = integer(lineNo, AGE, cells.get(AGE), true, 14, 100, issues);
        Boolean male = null;
        String sex = text(cells.get(SEX));
        if (sex == null) issues.add(RowIssue.error(lineNo, SEX, null, "性别不能为空"));
        else if (sex.equals("男")) male = true;
        else if (sex.equals("女")) male = false;
        else issues.add(RowIssue.error(lineNo, SEX, sex, "性别应填“男”或“女”"));
        Integer hire = integer(lineNo, HIRE_YEAR, cells.get(HIRE_YEAR), false, 1950, surveyYear, issues);
        String skill = coded(lineNo, SKILL, cells.get(SKILL), SKILLS, issues);
        String title = coded(lineNo, TITLE, cells.get(TITLE), TITLES, issues);
        Integer hours = integer(lineNo, HOURS, cells.get(HOURS), false, 1, 8784, issues);
        BigDecimal base = money(lineNo, BASE, cells.get(BASE), true, issues);
        BigDecimal bonus = money(lineNo, BONUS, cells.get(BONUS), false, issues);
        BigDecimal allowances = money(lineNo, ALLOWANCES, cells.get(ALLOWANCES), false, issues);
        BigDecimal overtime = money(lineNo, OVERTIME, cells.get(OVERTIME), false, issues);
        if (issues.size() > before) return Optional.empty();
        return Optional.of(new EmployeeRecord(lineNo, occ, post, edu, age, male, hire, skill, title, hours, base, bonus,
                allowances, overtime));
    }

    private static String coded(int line, String column, String raw, Map<String, String> codes, List<RowIssue> issues) {
        String t = text(raw);
        if (t == null) return null;
        if (codes.containsKey(t)) return codes.get(t);
        if (codes.containsValue(t)) return t;
        issues.add(RowIssue.error(line, column, t, column + "“" + t + "”不是可选值"));
        return null;
    }

    private static Integer integer(int line, String column, String raw, boolean required, int min, int max, List<RowIssue> issues) {
        String t = text(raw);
        if (t == null) {
            if (required) issues.add(RowIssue.error(line, column, null, column + "不能为空"));
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(t);
            int v = d.intValueExact();
            if (v < min || v > max) {
                issues.add(RowIssue.error(line, column, t, column + "应在 " + min + " 至 " + max + " 之间"));
                return null;
            }
            return v;
        } catch (NumberFormatException | ArithmeticException e) {
            issues.add(RowIssue.error(line, column, t, column + "应为整数"));
            return null;
        }
    }

    private static BigDecimal money(int line, String column, String raw, boolean required, List<RowIssue> issues) {
        String t = text(raw);
        if (t == null) {
            if (required) issues.add(RowIssue.error(line, column, null, column + "不能为空"));
            return BigDecimal.ZERO;
        }
        try {
            BigDecimal d = new BigDecimal(t.replace(",", "").replace("，", ""));
            if (d.signum() < 0) {
                issues.add(RowIssue.error(line, column, t, column + "不能为负数"));
            } else if (d.scale() > 2 && d.stripTrailingZeros().scale() > 2) {
                issues.add(RowIssue.error(line, column, t, column + "最多保留两位小数（元、角、分）"));
            } else if (d.compareTo(MAX_PAY) > 0) {
                issues.add(RowIssue.error(line, column, t, column + "金额过大"));
            } else {
                return d.setScale(2, java.math.RoundingMode.UNNECESSARY);
            }
        } catch (NumberFormatException e) {
            issues.add(RowIssue.error(line, column, t, column + "应为金额（元），如 48000 或 48000.50"));
        } catch (ArithmeticException e) {
            issues.add(RowIssue.error(line, column, t, column + "最多保留两位小数（元、角、分）"));
        }
        return BigDecimal.ZERO;
    }

    private static String text(String raw) {
        if (raw == null) return null;
        String t = raw.strip();
        return t.isEmpty() ? null : t;
    }

    static List<String> headers() {
        List<String> h = new ArrayList<>();
        for (ImportColumn c : COLUMNS) h.add(c.header());
        return h;
    }
}
