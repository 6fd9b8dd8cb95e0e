package tongxing.wage.survey;

/** The Chinese names of the return statuses, for exports (screens use the message bundle). */
public final class StatusNames {

    private StatusNames() {
    }

    public static String of(ReturnStatus s) {
        return switch (s) {
            case NOT_STARTED -> "未填报";
            case SUBMITTED -> "已提交";
            case VALIDATED -> "已校验";
            case RETURNED -> "已退回";
            case ACCEPTED -> "已验收";
        };
    }
}
