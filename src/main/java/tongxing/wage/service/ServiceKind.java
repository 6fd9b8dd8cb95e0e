package tongxing.wage.service;

/** 个性化服务方式: what a personalized service to a surveyed enterprise was. */
public enum ServiceKind {
    /** 政策咨询 */
    POLICY_CONSULTATION("政策咨询"),
    /** 薪酬制度设计 */
    PAY_SYSTEM_DESIGN("薪酬制度设计"),
    /** 工资集体协商指导 */
    COLLECTIVE_BARGAINING("工资集体协商指导"),
    /** 其他 */
    OTHER("其他");

    private final String label;

    ServiceKind(String label) {
        this.label = label;
    }

    /** The Chinese name, for exports (screens use the bundle key wage.service.kind.NAME). */
    public String label() {
        return label;
    }

    /** The kind by its name, or null when the text is none of them. */
    static ServiceKind parse(String s) {
        if (s == null || s.isBlank()) return null;
        for (ServiceKind k : values()) if (k.name().equals(s.strip()) || k.label.equals(s.strip())) return k;
        return null;
    }
}
