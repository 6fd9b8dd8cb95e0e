package tongxing.selection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.context.ApplicationContext;
import tongxing.selection.campaign.Campaign;
import tongxing.selection.campaign.CampaignDraft;
import tongxing.selection.campaign.CampaignState;
import tongxing.selection.campaign.Campaigns;
import tongxing.selection.decision.Decisions;
import tongxing.selection.nomination.NominationDraft;
import tongxing.selection.nomination.Nominations;
import tongxing.selection.review.Reviewers;
import tongxing.selection.review.Scoring;
import tongxing.support.Logins;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Builds campaigns in a given state through the real services, acting as the demo accounts:
 * admin (office), union/sasac (provincial parties), haikou/sanya (cities), expert (Haikou expert).
 */
final class SelectionFixture {

    /** Campaigns are unique per (year, category): every campaign of the test JVM gets its own year. */
    private static final AtomicInteger YEARS = new AtomicInteger(2031);

    final Campaigns campaigns;
    final Nominations nominations;
    final Reviewers reviewers;
    final Scoring scoring;
    final Decisions decisions;
    final UserDetailsService users;
    final JdbcClient jdbc;

    SelectionFixture(ApplicationContext ctx) {
        this.campaigns = ctx.getBean(Campaigns.class);
        this.nominations = ctx.getBean(Nominations.class);
        this.reviewers = ctx.getBean(Reviewers.class);
        this.scoring = ctx.getBean(Scoring.class);
        this.decisions = ctx.getBean(Decisions.class);
        this.users = ctx.getBean(UserDetailsService.class);
        this.jdbc = ctx.getBean(JdbcClient.class);
    }

    <T> T as(String username, Supplier<T> action) {
        Logins.runAs(users, username);
        try {
            return action.get();
        } finally {
            Logins.clear();
        }
    }

    void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    CampaignDraft draft(Category category, int quota, LocalDate nominationDeadline, Map<String, Integer> regionQuotas) {
        return new CampaignDraft(YEARS.getAndIncrement(), category, quota, nominationDeadline,
                nominationDeadline.plusDays(30), 7, CampaignDraft.defaultCriteria(), regionQuotas);
    }

    /** A coordinator campaign taking nominations: Haikou 3, Sanya 3, the provincial parties 2. */
    long nominating(int quota) {
        Map<String, Integer> q = new LinkedHashMap<>();
        q.put("460000", 2);
        q.put("460100", 3);
        q.put("460200", 3);
        long id = as("admin", () -> campaigns.create(draft(Category.COORDINATOR, quota, HainanDate.today().plusDays(10), q)));
        as("admin", () -> campaigns.open(id, version(id)));
        return id;
    }

    long nominate(long campaignId, String username, String ref, String name) {
        return as(username, () -> nominations.nominate(campaignId,
                new NominationDraft(null, ref, name, "460200", null, "某公司 人力资源部", "二级/技师", name + "的主要事迹")));
    }

    /** Reviewing, with the given reviewers and one submitted nominee per entry of {@code nominees} (user → name). */
    long reviewing(int quota, List<String> reviewerUsers, String[]... nominees) {
        long id = nominating(quota);
        for (String r : reviewerUsers) as("admin", () -> reviewers.assign(id, userId(r)));
        Set<String> nominators = new java.util.LinkedHashSet<>();
        for (String[] n : nominees) {
            nominate(id, n[0], "C-" + id + "-" + n[1], n[1]);
            nominators.add(n[0]);
        }
        for (String u : nominators) as(u, () -> nominations.submitAll(id));
        as("admin", () -> campaigns.closeNominations(id, version(id)));
        return id;
    }

    long nominationId(long campaignId, String name) {
        return jdbc.sql("SELECT id FROM selection_nomination WHERE campaign_id = :c AND nominee_name = :n")
                .param("c", campaignId).param("n", name).query(Long.class).single();
    }

    void score(String reviewer, long nominationId, int... scores) {
        Map<Integer, Integer> m = new HashMap<>();
        for (int i = 0; i < scores.length; i++) m.put(i + 1, scores[i]);
        as(reviewer, () -> scoring.submit(nominationId, m));
    }

    void decideDefault(long campaignId) {
        as("admin", () -> {
            Campaign c = campaigns.get(campaignId);
            decisions.decide(campaignId, c.version(), decisions.proposal(c), null);
        });
    }

    int version(long id) {
        return campaigns.get(id).version();
    }

    CampaignState state(long id) {
        return campaigns.get(id).state();
    }

    long userId(String username) {
        return jdbc.sql("SELECT id FROM platform_user WHERE username = :u").param("u", username).query(Long.class).single();
    }

    static String[] n(String nominator, String name) {
        return new String[]{nominator, name};
    }

    static List<String> list(String... s) {
        return Arrays.asList(s);
    }
}
