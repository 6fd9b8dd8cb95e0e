package tongxing.selection.nomination;

import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
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

    static Optional<Violation> open(Campaign c, LocalDate today) {
        if (c.state() != CampaignState.NOMINATING) return Optional.of(new Violation("state", "该评选当前不在推荐阶段"));
        if (today.isAfter(c.nominationDeadline()))
            return Optional.of(new Violation("nominationDeadline", "推荐已于 " + c.nominationDeadline() + " 截止"));
        return Optional.empty();
    }

    static Optional<Violation> withinQuota(Campaign c, String nominatingRegion, int alreadyNominated) {
        int quota = c.regionQuota(nominatingRegion);
        if (alreadyNominated >= quota)
            return Optional.of(new Violation("quota", "本地区推荐名额为 " + quota + " 个，已用完"));
        return Optional.empty();
    }

    static Optional<Violation> regionAllowed(CurrentUser user, String nomineeRegion) {
        if (user.role() == Role.CITY_STAFF && !user.regionCode().equals(nomineeRegion))
            return Optional.of(new Violation("regionCode", "市县只能推荐本市县的对象"));
        return Optional.empty();
    }

    static List<Violation> fields(NominationDraft d, boolean person) {
        List<Violation> v = new java.util.ArrayList<>();
        if (person) {
            if (d.coordinatorId() == null && blank(d.nomineeRef()))
                v.add(new Violation("nomineeRef", "请选择平台登记的协调员，或填写协调员编号"));
            if (d.coordinatorId() == null && blank(d.nomineeName())) v.add(new Violation("nomineeName", "请填写被推荐人姓名"));
        } else if (d.candidateOrgId() == null) {
            v.add(new Violation("candidateOrgId", "请选择被推荐组织"));
        }
        if (blank(d.reasons())) v.add(new Violation("reasons", "请填写推荐理由（主要事迹）"));
        else if (d.reasons().length() > 5000) v.add(new Violation("reasons", "推荐理由不能超过 5000 字"));
        return v;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
