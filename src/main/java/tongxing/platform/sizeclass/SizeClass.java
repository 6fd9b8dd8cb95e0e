package tongxing.platform.sizeclass;

/** Enterprise size (大中小微), 统计上大中小微型企业划分办法（2017）. */
public enum SizeClass {
    LARGE, MEDIUM, SMALL, MICRO,
    /** Industry outside the 2017 rules, or the figures needed to decide are missing. */
    UNCLASSIFIED;

    public boolean largeOrMedium() {
        return this == LARGE || this == MEDIUM;
    }

    public boolean smallOrMicro() {
        return this == SMALL || this == MICRO;
    }
}
