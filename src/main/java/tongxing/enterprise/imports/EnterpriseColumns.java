package tongxing.enterprise.imports;

import tongxing.platform.imports.ImportColumn;

import java.util.List;
import java.util.Map;

/** The columns of the enterprise ledger (企业信息导入模板), and which field of the registry each one fills. */
final class EnterpriseColumns {

    static final String USCC = "统一社会信用代码";
    static final String NAME = "企业名称";
    static final String REGION = "所属市县";
    static final String INDUSTRY = "行业代码";
    static final String OWNERSHIP = "登记注册类型";
    static final String EMPLOYEES = "从业人员";
    static final String REVENUE = "营业收入（万元）";
    static final String ASSETS = "资产总额（万元）";
    static final String LEGAL_REPRESENTATIVE = "法定代表人";
    static final String CONTACT_PERSON = "联系人";
    static final String CONTACT_PHONE = "联系电话";
    static final String ADDRESS = "地址";
    static final String ESTABLISHED_ON = "成立日期";
    static final String STATUS = "经营状态";
    static final String TAGS = "标签";

    static final List<ImportColumn> ALL = List.of(
            ImportColumn.required(USCC, "91460100MA5TL2026F", "18位统一社会信用代码，字母大写，不含 I、O、S、V、Z；同一文件中不能重复。已在企业库中的企业将按本行更新。"),
            ImportColumn.required(NAME, "海南示例科技有限公司", "营业执照上的全称，不超过200字。"),
            ImportColumn.required(REGION, "海口市", "市县代码（如 460100）、全称（海口市）或简称（海口），见下方“所属市县”表；市县工作人员只能导入本辖区企业。"),
            ImportColumn.required(INDUSTRY, "65", "GB/T 4754-2017 行业大类（2位）、中类（3位）或小类（4位）代码，见下方“行业大类”表。"),
            ImportColumn.optional(OWNERSHIP, "159", "登记注册类型代码或名称，见下方“登记注册类型”表。"),
            ImportColumn.optional(EMPLOYEES, "120", "年末从业人员数，不小于0的整数。用于划分企业规模。"),
            ImportColumn.optional(REVENUE, "3500.5", "上年营业收入，单位万元，不小于0。"),
            ImportColumn.optional(ASSETS, "2800", "资产总额，单位万元，不小于0。"),
            ImportColumn.optional(LEGAL_REPRESENTATIVE, "张三", "不超过50字。"),
            ImportColumn.optional(CONTACT_PERSON, "李四", "不超过50字。"),
            ImportColumn.optional(CONTACT_PHONE, "13800138000", "11位手机号或带区号的固定电话，如 0898-66668888。"),
            ImportColumn.optional(ADDRESS, "海南省海口市美兰区示例路1号", "不超过200字。"),
            ImportColumn.optional(ESTABLISHED_ON, "2019-06-18", "如 2019-06-18 或 2019/6/18，也可以是 Excel 日期。"),
            ImportColumn.optional(STATUS, "在营", "在营、停业或注销；不填视为在营。"),
            ImportColumn.optional(TAGS, "高新技术企业、重点企业", "多个标签用顿号、逗号或分号分隔，最多10个，每个不超过20字。"));

    /** EnterpriseValidation names fields as the form does; the import names them by column. */
    static final Map<String, String> BY_FIELD = Map.ofEntries(
            Map.entry("uscc", USCC), Map.entry("name", NAME), Map.entry("regionCode", REGION),
            Map.entry("industryCode", INDUSTRY), Map.entry("ownershipCode", OWNERSHIP), Map.entry("employees", EMPLOYEES),
            Map.entry("revenue", REVENUE), Map.entry("assets", ASSETS),
            Map.entry("legalRepresentative", LEGAL_REPRESENTATIVE), Map.entry("contactPerson", CONTACT_PERSON),
            Map.entry("contactPhone", CONTACT_PHONE), Map.entry("address", ADDRESS),
            Map.entry("establishedOn", ESTABLISHED_ON), Map.entry("status", STATUS), Map.entry("tags", TAGS));

    private EnterpriseColumns() {
    }
}
