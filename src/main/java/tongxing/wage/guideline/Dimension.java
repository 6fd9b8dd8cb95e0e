package tongxing.wage.guideline;

/**
 * What an occupation is crossed with in a guideline cell (工资价位的分组维度). The key groups
 * (重点群体) are dimensions too: low-income workers, skilled workers by certificate level,
 * technical and scientific staff by professional title.
 */
public enum Dimension {
    /** 全省: the value is the empty string. */
    PROVINCE,
    /** 行业门类 (GB/T 4754 section letter). */
    INDUSTRY,
    /** 市县. */
    REGION,
    /** 行业门类 × 市县, value "H|460200": the closest cell used by feedback reports. */
    INDUSTRY_REGION,
    /** 企业规模 (LARGE, MEDIUM, SMALL, MICRO). */
    SIZE,
    /** 登记注册类型. */
    OWNERSHIP,
    /** 低收入职工: value "LOW"; see {@link LowIncomeLine}. */
    LOW_INCOME,
    /** 技能人才 by 职业技能等级 (LEVEL_5..LEVEL_1). */
    SKILL,
    /** 专业技术人员 by 职称 (JUNIOR, INTERMEDIATE, SENIOR). */
    TITLE;

    public boolean keyGroup() {
        return this == LOW_INCOME || this == SKILL || this == TITLE;
    }
}
