package tongxing.wage.demonstration;

import tongxing.platform.i18n.Texts;
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

    /** The Chinese name, for exports and the audit log (screens use the bundle key wage.demo.kind.NAME). */
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
     * Why an enterprise of this registration type cannot be this kind of demonstration, in the user's
     * language, or null when it can: an SOE demonstration needs a state-owned type (国有企业、国有独资公司), a private one a domestic
     * type that is not state-owned (内资 1xx; 港澳台 2xx and foreign 3xx are not 民营).
     */
    public String ineligibility(Texts texts, OwnershipType type) {
        if (type == null) return texts.get("wage.demo.ineligible.noType");
        if (this == SOE && !type.stateOwned())
            return texts.get("wage.demo.ineligible.notSoe", type.name());
        if (this == PRIVATE && type.stateOwned())
            return texts.get("wage.demo.ineligible.soe", type.name());
        if (this == PRIVATE && !type.code().startsWith("1"))
            return texts.get("wage.demo.ineligible.foreign", type.name());
        return null;
    }

    static DemonstrationKind parse(String s) {
        if (s == null || s.isBlank()) return null;
        for (DemonstrationKind k : values()) if (k.name().equals(s.strip())) return k;
        return null;
    }
}
