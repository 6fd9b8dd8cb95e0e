package tongxing.coordinator.worklog;

/** What a work log entry was about (工作记录类别). */
public enum WorkLogKind {
    /** 政策服务. */
    POLICY_SERVICE,
    /** 监测预警. */
    MONITORING,
    /** 矛盾化解. */
    DISPUTE_RESOLUTION
}
