package tongxing.selection.report;

import java.math.BigDecimal;

/** One line of the recommended list (推荐名单), in the national office's column order. */
public record GoldRow(int seq, long nominationId, String name, String region, String unitPost, String skillLevel,
                     String deeds, BigDecimal score) {
}
