package tongxing.monitoring.layoffplan;

/** DRAFT → SUBMITTED (报告) → REVIEWED (审查，出具指导意见书); returned by the bureau → DRAFT; 撤回 SUBMITTED → DRAFT; 撤销 DRAFT → WITHDRAWN. */
public enum LayoffPlanStatus {
    DRAFT("草稿"), SUBMITTED("已报告待审查"), REVIEWED("已审查"), WITHDRAWN("已撤销");

    private final String text;

    LayoffPlanStatus(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** The bundle key of the status shown on screen. */
    public String labelKey() {
        return "casework.layoff.status." + name();
    }
}
