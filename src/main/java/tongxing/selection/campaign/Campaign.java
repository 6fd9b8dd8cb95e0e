package tongxing.selection.campaign;

import tongxing.selection.Category;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** 评选活动: one selection of one category in one year. */
public record Campaign(long id, int year, Category category, int quota, LocalDate nominationDeadline,
                       LocalDate reviewDeadline, int publicityDays, LocalDate publicityStart, LocalDate publicityEnd,
                       CampaignState state, String decisionReason, int version, List<Criterion> criteria,
                       Map<String, Integer> regionQuotas) {

    /** The quota of a nominating region (460000 for the provincial parties); a region without a row may not nominate. */
    public int regionQuota(String regionCode) {
        return regionQuotas.getOrDefault(regionCode, 0);
    }
}
