package tongxing.selection.campaign;

/** 评选状态: DRAFT → NOMINATING → REVIEWING → DECIDED → PUBLICITY → FINAL, one step at a time. */
public enum CampaignState {
    DRAFT, NOMINATING, REVIEWING, DECIDED, PUBLICITY, FINAL;

    public CampaignState next() {
        if (this == FINAL) throw new IllegalStateException("FINAL is the last state");
        return values()[ordinal() + 1];
    }

    /** The winners are known (and may be shown to those allowed). */
    public boolean decided() {
        return ordinal() >= DECIDED.ordinal();
    }

    /** The gold list is public: during publicity and after. */
    public boolean published() {
        return this == PUBLICITY || this == FINAL;
    }
}
