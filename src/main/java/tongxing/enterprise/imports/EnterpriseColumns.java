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
            ImportColumn.required(USCC, "91460100MA5TL2026F", "enterprise.import.note.uscc"),
            ImportColumn.required(NAME, "海南示例科技有限公司", "enterprise.import.note.name"),
            ImportColumn.required(REGION, "海口市", "enterprise.import.note.region"),
            ImportColumn.required(INDUSTRY, "65", "enterprise.import.note.industry"),
            ImportColumn.optional(OWNERSHIP, "159", "enterprise.import.note.ownership"),
            ImportColumn.optional(EMPLOYEES, "120", "enterprise.import.note.employees"),
            ImportColumn.optional(REVENUE, "3500.5", "enterprise.import.note.revenue"),
            ImportColumn.optional(ASSETS, "2800", "enterprise.import.note.assets"),
            ImportColumn.optional(LEGAL_REPRESENTATIVE, "张三", "enterprise.import.note.legalRepresentative"),
            ImportColumn.optional(CONTACT_PERSON, "李四", "enterprise.import.note.contactPerson"),
            ImportColumn.optional(CONTACT_PHONE, "13800138000", "enterprise.import.note.contactPhone"),
            ImportColumn.optional(ADDRESS, "海南省海口市美兰区示例路1号", "enterprise.import.note.address"),
            ImportColumn.optional(ESTABLISHED_ON, "2019-06-18", "enterprise.import.note.establishedOn"),
            ImportColumn.optional(STATUS, "在营", "enterprise.import.note.status"),
            ImportColumn.optional(TAGS, "高新技术企业、重点企业", "enterprise.import.note.tags"));

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
