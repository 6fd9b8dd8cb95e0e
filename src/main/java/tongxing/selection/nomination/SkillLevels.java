package tongxing.selection.nomination;

import tongxing.coordinator.SkillLevel;

/** The skill level as the national report writes it. */
final class SkillLevels {

    private SkillLevels() {
    }

    static String label(SkillLevel level) {
        return switch (level) {
            case LEVEL_4 -> "四级/中级工";
            case LEVEL_3 -> "三级/高级工";
            case LEVEL_2 -> "二级/技师";
            case LEVEL_1 -> "一级/高级技师";
        };
    }
}
