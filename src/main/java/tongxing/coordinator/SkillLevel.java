package tongxing.coordinator;

/** 劳动关系协调员 vocational skill levels; a higher rank is a higher level. */
public enum SkillLevel {
    /** 四级/中级工. */
    LEVEL_4(1),
    /** 三级/高级工. */
    LEVEL_3(2),
    /** 二级/技师. */
    LEVEL_2(3),
    /** 一级/高级技师. */
    LEVEL_1(4);

    private final int rank;

    SkillLevel(int rank) {
        this.rank = rank;
    }

    public boolean below(SkillLevel other) {
        return rank < other.rank;
    }

    public static SkillLevel parse(String s) {
        return s == null || s.isBlank() ? null : valueOf(s);
    }
}
