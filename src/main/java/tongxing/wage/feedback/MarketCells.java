package tongxing.wage.feedback;

import tongxing.wage.guideline.Dimension;
import tongxing.wage.guideline.DimensionLabels;
import tongxing.wage.guideline.GuidelineCells;
import tongxing.wage.guideline.GuidelineRow;

import java.util.Map;
import java.util.Optional;

/**
 * The closest publishable market cell for an occupation of an enterprise: its industry section
 * in its city/county, else its industry section province-wide, else the whole province.
 * Suppressed cells are skipped (they have no values).
 */
record MarketCells(Map<String, GuidelineRow> cells, DimensionLabels labels) {

    record Match(GuidelineRow row, String scope) {
    }

    Optional<Match> closest(String occupationCode, String section, String region) {
        if (section != null) {
            Optional<Match> m = find(Dimension.INDUSTRY_REGION, section + "|" + region, occupationCode);
            if (m.isPresent()) return m;
            m = find(Dimension.INDUSTRY, section, occupationCode);
            if (m.isPresent()) return m;
        }
        return find(Dimension.PROVINCE, "", occupationCode);
    }

    private Optional<Match> find(Dimension d, String value, String occupationCode) {
        GuidelineRow r = cells.get(GuidelineCells.key(d, value, occupationCode));
        if (r == null || r.suppressed()) return Optional.empty();
        return Optional.of(new Match(r, labels.stored(d, value)));
    }
}
