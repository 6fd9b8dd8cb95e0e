package tongxing.wage.feedback;

import java.math.BigDecimal;

/**
 * One occupation of an enterprise's feedback report: its own median and mean against the market
 * P25/P50/P75 of the closest publishable cell (named in {@code marketScope}), or no market data.
 */
record FeedbackLine(String occupationCode, String occupationName, int employees, BigDecimal ownP50, BigDecimal ownMean,
                    String marketScope, BigDecimal marketP25, BigDecimal marketP50, BigDecimal marketP75) {

    static final String NO_MARKET_DATA = "暂无可公布的市场数据";

    boolean hasMarket() {
        return marketP50 != null;
    }

    /** Where the enterprise's median stands in the market's quartiles. */
    String position() {
        if (!hasMarket()) return NO_MARKET_DATA;
        if (ownP50.compareTo(marketP25) < 0) return "低于市场P25";
        if (ownP50.compareTo(marketP50) < 0) return "P25–P50 之间";
        if (ownP50.compareTo(marketP75) <= 0) return "P50–P75 之间";
        return "高于市场P75";
    }
}
