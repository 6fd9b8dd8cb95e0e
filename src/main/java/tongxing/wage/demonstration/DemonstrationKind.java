package tongxing.wage.demonstration;

import tongxing.platform.ownership.OwnershipType;

/**
 * 薪酬分配制度改革示范: the plan asks for 3–5 state-owned demonstrations led by the provincial SASAC
 * (国有企业) and 5–10 private ones (民营企业, with the federation of industry and commerce).
 */
public enum DemonstrationKind {
    SOE("国有企业", 3, 5),
    PRIVATE("民营企业", 5, 10);

    private final String label;
    private final int min;
    private final int max;

    DemonstrationKind(String label, int min, int max) {
        this.label = label;
        this.min = min;
        this.max = max;
    }

    public String label() {
        return label;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** Is the year's count within the plan's range? */
    public boolean onTarget(long count) {
        return count >= min && count <= max;
    }

    /**
     * Why an enterprise of this registration type cannot be this kind of demonstration, or null when it
     * can: an SOE demonstration needs a state-owned type (国有企业、国有独资公司), a private one a domestic
     * type that is not state-owned (内资 1xx; 港澳台 2xx and foreign 3xx are not 民营).
     */
    public String ineligibility(OwnershipType type) {
        if (type == null) return "企业库中该企业没有登记注册类型，请先在企业库补全";
        if (this == SOE && !type.stateOwned())
            return "登记注册类型为“" + type.name() + "”，不是国有企业，不能作为国有企业示范";
        if (this == PRIVATE && type.stateOwned())
            return "登记注册类型为“" + type.name() + "”，属国有企业，应作为国有企业示范";
        if (this == PRIVATE && !type.code().startsWith("1"))
            return "登记注册类型为“" + type.name() + "”，港澳台商及外商投资企业不属于民营企业";
        return null;
    }

    static DemonstrationKind parse(String s) {
        if (s == null || s.isBlank()) return null;
        for (DemonstrationKind k : values()) if (k.name().equals(s.strip())) return k;
        return null;
    }
}
