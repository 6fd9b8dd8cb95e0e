package tongxing.coordinator.registry.imports;

import tongxing.platform.imports.ImportColumn;

import java.util.List;
import java.util.Map;

/** The columns of the coordinator roster (协调员信息导入模板) and the form field each one fills. */
final class CoordinatorColumns {

    static final String NAME = "姓名";
    static final String ID_NUMBER = "身份证号码";
    static final String PHONE = "联系电话";
    static final String REGION = "所属市县";
    static final String WORKPLACE = "工作单位类型";
    static final String USCC = "所在企业统一社会信用代码";
    static final String POST = "所在单位名称";
    static final String FULL_TIME = "专职或兼职";
    static final String INSTRUCTOR = "专职集体协商指导员";
    static final String LEVEL = "职业技能等级";
    static final String CERT_NO = "证书编号";
    static final String CERT_DATE = "发证日期";
    static final String CERT_BODY = "评价机构";
    static final String APPOINTED = "担任协调员日期";

    static final List<ImportColumn> ALL = List.of(
            ImportColumn.required(NAME, "王晓燕", "不超过50字。"),
            ImportColumn.required(ID_NUMBER, "460100199001011237", "18位公民身份号码，末位可为X；同一文件中不能重复。已登记的协调员将按本行更新。性别和出生日期由号码得出。"),
            ImportColumn.optional(PHONE, "13800138000", "11位手机号或带区号的固定电话。"),
            ImportColumn.required(REGION, "海口市", "市县代码、全称或简称；市县工作人员只能导入本辖区的协调员。"),
            ImportColumn.required(WORKPLACE, "乡镇街道", "企业、乡镇街道、人社部门、工会、企业代表组织 或 社会组织。"),
            ImportColumn.optional(USCC, "", "工作单位类型为“企业”时必填，该企业须已在企业库中。"),
            ImportColumn.optional(POST, "海口市龙华区金宇街道办事处", "基层协调员必填：所在乡镇街道、部门或组织的名称。"),
            ImportColumn.optional(FULL_TIME, "专职", "专职 或 兼职；不填视为专职。"),
            ImportColumn.optional(INSTRUCTOR, "否", "是 或 否；不填视为否。"),
            ImportColumn.optional(LEVEL, "三级", "四级（中级工）、三级（高级工）、二级（技师）、一级（高级技师）；无证书不填。"),
            ImportColumn.optional(CERT_NO, "S000046000000123", "有等级的必填。"),
            ImportColumn.optional(CERT_DATE, "2022-11-20", "有等级的必填，如 2022-11-20。"),
            ImportColumn.optional(CERT_BODY, "海南省职业技能鉴定指导中心", "颁发证书的评价机构。"),
            ImportColumn.required(APPOINTED, "2019-06-18", "开始担任劳动关系协调员的日期，如 2019-06-18。"));

    /** CoordinatorValidation names fields as the form does; the import names them by column. */
    static final Map<String, String> BY_FIELD = Map.ofEntries(
            Map.entry("name", NAME), Map.entry("idNumber", ID_NUMBER), Map.entry("phone", PHONE),
            Map.entry("regionCode", REGION), Map.entry("workplaceType", WORKPLACE), Map.entry("enterpriseUscc", USCC),
            Map.entry("postName", POST), Map.entry("skillLevel", LEVEL), Map.entry("certificateNo", CERT_NO),
            Map.entry("certificateDate", CERT_DATE), Map.entry("certificateBody", CERT_BODY),
            Map.entry("appointedOn", APPOINTED));

    private CoordinatorColumns() {
    }
}
