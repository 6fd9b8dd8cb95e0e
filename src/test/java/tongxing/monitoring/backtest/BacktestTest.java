package tongxing.monitoring.backtest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.enterprise.EnterpriseBulkLoader;
import tongxing.monitoring.detection.Detection;
import tongxing.monitoring.feeds.Feed;
import tongxing.monitoring.feeds.FeedFixture;
import tongxing.monitoring.feeds.FeedLoader;
import tongxing.platform.security.Scope;
import tongxing.support.Logins;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.monitoring.feeds.FeedFixture.fact;
import static tongxing.monitoring.feeds.FeedFixture.insured;

/**
 * In 2018 (no other data): A is flagged in March and registrations follow in April; B is flagged
 * and nothing follows; C has registrations nobody foresaw. Precision and recall of the drop rule: 1/2 each.
 */
@TongxingTest
@AutoConfigureMockMvc
class BacktestTest {

    @Autowired
    Backtest backtest;
    @Autowired
    Detection detection;
    @Autowired
    FeedLoader loader;
    @Autowired
    EnterpriseBulkLoader registry;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void precision_and_recall_count_events_in_the_three_months_after_and_before_a_flag() throws Exception {
        String a = FeedFixture.register(registry, "469005", "回测甲"), b = FeedFixture.register(registry, "469005", "回测乙"),
                c = FeedFixture.register(registry, "469005", "回测丙");
        FeedFixture.load(loader, Feed.SOCIAL_INSURANCE, concat(insured("2018-02", a, 100, 70, 70, 70),
                insured("2018-02", b, 100, 70, 70, 70), insured("2018-02", c, 100, 100, 100, 100)));
        FeedFixture.load(loader, Feed.UNEMPLOYMENT, fact("2018-04", a, 6), fact("2018-04", c, 6));
        for (int m = 2; m <= 5; m++) detection.run(LocalDate.of(2018, m, 1), "TEST");

        Map<String, Backtest.Figures> figures = backtest.run(new Scope.Region("469005"), LocalDate.of(2018, 2, 1),
                LocalDate.of(2018, 5, 1), 3, List.of(Backtest.ANY, "HEADCOUNT_DROP_MONTH"));

        Backtest.Figures drop = figures.get("HEADCOUNT_DROP_MONTH");
        assertThat(drop.flagged()).isEqualTo(2);
        assertThat(drop.confirmed()).isEqualTo(1);
        assertThat(drop.precision()).isEqualTo(0.5);
        assertThat(drop.events()).isEqualTo(2);
        assertThat(drop.foreseen()).isEqualTo(1);
        assertThat(drop.recall()).isEqualTo(0.5);

        Map<String, Backtest.Figures> higherBar = backtest.run(new Scope.Region("469005"), LocalDate.of(2018, 2, 1),
                LocalDate.of(2018, 5, 1), 7, List.of("HEADCOUNT_DROP_MONTH"));
        assertThat(higherBar.get("HEADCOUNT_DROP_MONTH").events()).isZero();
        assertThat(higherBar.get("HEADCOUNT_DROP_MONTH").recall()).isNull();

        Map<String, Backtest.Figures> otherRegion = backtest.run(new Scope.Region("460200"), LocalDate.of(2018, 2, 1),
                LocalDate.of(2018, 5, 1), 3, List.of("HEADCOUNT_DROP_MONTH"));
        assertThat(otherRegion.get("HEADCOUNT_DROP_MONTH").flagged()).isZero();

        mvc.perform(get("/monitoring/backtest").param("from", "2018-02").param("to", "2018-05").with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("精确率")))
                .andExpect(content().string(containsString("召回率")));
        mvc.perform(get("/monitoring/backtest").param("from", "2018-13").with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("无法识别")));
    }

    private static tongxing.monitoring.feeds.FeedFact[] concat(tongxing.monitoring.feeds.FeedFact[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(tongxing.monitoring.feeds.FeedFact[]::new);
    }
}
