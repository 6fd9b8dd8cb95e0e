package tongxing.monitoring.severance;

/** How the contract ends, and what the law says is owed for it (劳动合同法). */
public enum TerminationType {
    /** 第三十六条，用人单位提出、双方协商一致解除. */
    MUTUAL_EMPLOYER_PROPOSED("第四十六条第（二）项", true, 1),
    /** 第三十六条，劳动者提出、双方协商一致解除: nothing owed. */
    MUTUAL_EMPLOYEE_PROPOSED("第四十六条", false, 0),
    /** 第三十八条，因用人单位过错劳动者解除. */
    EMPLOYEE_RESIGNS_FOR_EMPLOYER_FAULT("第四十六条第（一）项", true, 1),
    /** 第三十七条，劳动者提前通知解除: nothing owed. */
    EMPLOYEE_RESIGNS("第三十七条", false, 0),
    /** 第四十条，无过失性辞退 (plus one month in lieu of 30 days' notice). */
    NO_FAULT_DISMISSAL("第四十六条第（三）项", true, 1),
    /** 第四十一条，经济性裁员. */
    ECONOMIC_LAYOFF("第四十六条第（四）项", true, 1),
    /** 第四十四条第（一）项，固定期限劳动合同期满 (unless same-or-better renewal was refused). */
    FIXED_TERM_EXPIRY("第四十六条第（五）项", true, 1),
    /** 第四十四条第（四）（五）项，破产、吊销营业执照、责令关闭、撤销或提前解散. */
    BANKRUPTCY_OR_DISSOLUTION("第四十六条第（六）项", true, 1),
    /** 第四十八条、第八十七条，违法解除或终止: twice the art. 47 amount, instead of it. */
    ILLEGAL_TERMINATION("第八十七条", true, 2);

    private final String article;
    private final boolean owed;
    private final int multiplier;

    TerminationType(String article, boolean owed, int multiplier) {
        this.article = article;
        this.owed = owed;
        this.multiplier = multiplier;
    }

    public String article() {
        return article;
    }

    public boolean owed() {
        return owed;
    }

    public int multiplier() {
        return multiplier;
    }
}
