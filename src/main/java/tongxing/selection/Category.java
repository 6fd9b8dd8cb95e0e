package tongxing.selection;

/** The three gold selections of the plan, each with the usual yearly quota and the name used in the report. */
public enum Category {
    /** 一.4 每年选树 100 名金牌劳动关系协调员. */
    COORDINATOR(100, "金牌劳动关系协调员"),
    /** 二.4 每年选树 3—5 家候选金牌协调劳动关系社会组织. */
    SOCIAL_ORG(5, "金牌协调劳动关系社会组织"),
    /** 三 每年 10 家金牌劳动人事争议调解组织. */
    MEDIATION_ORG(10, "金牌劳动人事争议调解组织");

    private final int defaultQuota;
    private final String officialName;

    Category(int defaultQuota, String officialName) {
        this.defaultQuota = defaultQuota;
        this.officialName = officialName;
    }

    public int defaultQuota() {
        return defaultQuota;
    }

    /** The name as it stands in the plan and in the report to the national office. */
    public String officialName() {
        return officialName;
    }

    /** Nominees of the coordinator selection are people; the others are organizations. */
    public boolean nomineeIsPerson() {
        return this == COORDINATOR;
    }
}
