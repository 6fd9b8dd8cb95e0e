package tongxing.wage.occupation;

/** One node of the 2022 occupational classification (职业分类大典): 大类 1, 中类 2, 小类 3, 细类 4. */
public record Occupation(String code, String parentCode, int level, String name) {
}
