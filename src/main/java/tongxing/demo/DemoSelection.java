package tongxing.demo;

import org.springframework.stereotype.Component;
import tongxing.coordinator.CoordinatorSummary;
import tongxing.coordinator.Coordinators;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.security.UserAccounts;
import tongxing.selection.Category;
import tongxing.selection.campaign.CampaignDraft;
import tongxing.selection.campaign.Campaigns;
import tongxing.selection.nomination.NominationDraft;
import tongxing.selection.nomination.Nominations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * This year's 金牌劳动关系协调员 selection, open for nominations: Haikou has put forward and submitted three
 * of its coordinators, Sanya has two drafts not yet submitted. Everything goes through the selection
 * module's own services, as the province office and the two bureaus would on their screens.
 */
@Component
class DemoSelection {

    private static final String HAIKOU = "460100", SANYA = "460200";

    private final Campaigns campaigns;
    private final Nominations nominations;
    private final Coordinators coordinators;
    private final UserAccounts accounts;

    DemoSelection(Campaigns campaigns, Nominations nominations, Coordinators coordinators, UserAccounts accounts) {
        this.campaigns = campaigns;
        this.nominations = nominations;
        this.coordinators = coordinators;
        this.accounts = accounts;
    }

    void generate(LocalDate today) {
        CurrentUser admin = user("admin", "省三方办管理员", Role.PROVINCE_ADMIN, "460000");
        long campaign = CurrentUser.actingAs(admin, () -> {
            long id = campaigns.create(new CampaignDraft(today.getYear(), Category.COORDINATOR, Category.COORDINATOR.defaultQuota(),
                    today.plusDays(20), today.plusDays(45), 7, CampaignDraft.defaultCriteria(),
                    Map.of(HAIKOU, 12, SANYA, 8, "460400", 6, "469002", 4, "469005", 4)));
            campaigns.open(id, campaigns.get(id).version());
            return id;
        });
        nominate(user("haikou", "海口市人社局", Role.CITY_STAFF, HAIKOU), campaign, HAIKOU, 3, true);
        nominate(user("sanya", "三亚市人社局", Role.CITY_STAFF, SANYA), campaign, SANYA, 2, false);
    }

    private void nominate(CurrentUser bureau, long campaign, String region, int count, boolean submit) {
        CurrentUser.actingAs(bureau, () -> {
            List<CoordinatorSummary> best = coordinators.byRegion(bureau.scope(), region).stream()
                    .filter(c -> c.skillLevel() != null).sorted(java.util.Comparator.comparingLong(CoordinatorSummary::id))
                    .limit(count).toList();
            for (CoordinatorSummary c : best) {
                nominations.nominate(campaign, new NominationDraft(c.id(), null, null, null, null, null, null,
                        "扎根基层从事劳动关系协调工作，全年走访企业 40 余家，协助化解劳动争议 12 起，"
                                + "指导 3 家企业建立集体协商制度，所在辖区未发生群体性劳动纠纷。"));
            }
            if (submit && !best.isEmpty()) nominations.submitAll(campaign);
            return null;
        });
    }

    private CurrentUser user(String username, String name, Role role, String region) {
        long id = accounts.idOf(username).orElseThrow(() -> new IllegalStateException("demo account " + username + " missing"));
        return new CurrentUser(id, username, name, role, region, null, null);
    }
}
