package tongxing.wage.occupation;

/**
 * One node of the 2022 occupational classification (职业分类大典): 大类 1, 中类 2, 小类 3, 细类 4.
 *
 * @param gbmCode  the GBM code of the official table, or null
 * @param disabled withdrawn by the provincial office (停用): new survey records may not name it
 */
public record Occupation(String code, String parentCode, int level, String name, String gbmCode, boolean disabled) {
}
