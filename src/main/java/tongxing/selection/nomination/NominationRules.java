package tongxing.selection.nomination;

import tongxing.platform.region.Regions;
import tongxing.platform.i18n.Texts;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.i18n.Texts;
import tongxing.platform.security.Role;
import tongxing.platform.validation.Violation;
import tongxing.selection.campaign.Campaign;
import tongxing.selection.campaign.CampaignState;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rules for nominating, each with the reason a user reads: the campaign is taking nominations,
 * the deadline has not passed, the nominating region's quota is not used up, a city nominates in
 * its own region only.
 */
final class NominationRules {

    private NominationRules() {
    }

    /** The region whose quota a user's nominations count against: the city's own, or 460000 for provincial parties. */
    static String nominatingRegion(CurrentUser user) {
        return user.role() == Role.CITY_STAFF ? user.regionCode() : Regions.PROVINCE;
    }

    static Optional<Violation> open(Texts texts, Campaign c, LocalDate today) {
        if (c.state() != CampaignState.NOMINATING) return Optional.of(new Violation("state", texts.get("selection.nomination.error.notOpen")));
        if (today.isAfter(c.nominationDeadline()))
            return Optional.of(new Violation("nominationDeadline", texts.get("selection.nomination.error.deadline", c.nominationDeadline())));
        return Optional.empty();
    }

    static Optional<Violation> withinQuota(Texts texts, Campaign c, String nominatingRegion, int alreadyNominated) {
        int quota = c.regionQuota(nominatingRegion);
        if (alreadyNominated >= quota)
            return Optional.of(new Violation("quota", texts.get("selection.nomination.error.quota", quota)));
        return Optional.empty();
    }

    static Optional<Violation> regionAllowed(Texts texts, CurrentUser user, String nomineeRegion) {
        if (user.role() == Role.CITY_STAFF && !user.regionCode().equals(nomineeRegion))
            return Optional.of(new Violation("regionCode", texts.get("selection.nomination.error.region")));
        return Optional.empty();
    }

    static List<Violation> fields(Texts texts, NominationDraft d, boolean person) {
        List<Violation> v = new java.util.ArrayList<>();
        if (person) {
            if (d.coordinatorId() == null && blank(d.nomineeRef()))
                v.add(new Violation("nomineeRef", texts.get("selection.nomination.error.nomineeRef")));
            if (d.coordinatorId() == null && blank(d.nomineeName())) v.add(new Violation("nomineeName", texts.get("selection.nomination.error.nomineeName")));
        } else if (d.candidateOrgId() == null) {
            v.add(new Violation("candidateOrgId", texts.get("selection.nomination.error.org")));
        }
        if (blank(d.reasons())) v.add(new Violation("reasons", texts.get("selection.nomination.error.reasons")));
        else if (d.reasons().length() > 5000) v.add(new Violation("reasons", texts.get("selection.nomination.error.reasonsTooLong")));
        return v;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
