package tongxing.monitoring.keylist;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.enterprise.EnterpriseBulkLoader;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.monitoring.detection.Detection;
import tongxing.monitoring.feeds.Feed;
import tongxing.monitoring.feeds.FeedFixture;
import tongxing.monitoring.feeds.FeedLoader;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.OptimisticLockException;
import tongxing.support.Logins;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.monitoring.feeds.FeedFixture.fact;
import static tongxing.monitoring.feeds.FeedFixture.insured;

/** The key list follows the latest detected month (last month, like the demo data). */
@TongxingTest
@AutoConfigureMockMvc
class KeyListTest {

    static final LocalDate LAST = LocalDate.now().withDayOfMonth(1).minusMonths(1);
    static final String PREV = LAST.minusMonths(1).toString().substring(0, 7);

    @Autowired
    MockMvc mvc;
    @Autowired
    Detection detection;
    @Autowired
    FeedLoader loader;
    @Autowired
    EnterpriseBulkLoader registry;
    @Autowired
    EnterpriseRegistry enterprises;
    @Autowired
    KeyEnterprises keyEnterprises;
    @Autowired
    KeyListQuery query;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    EnterpriseMonitoring monitoring;
    @Autowired
    MessageSource messages;

    @AfterEach
    void logout() {
        Logins.clear();
    }

    @Test
    void a_detected_layoff_enters_the_list_red_and_a_corrected_reload_and_rerun_takes_it_out_again() {
        String u = FeedFixture.register(registry, "460100", "清单进出测试有限公司");
        FeedFixture.load(loader, Feed.SOCIAL_INSURANCE, insured(PREV, u, 300, 260));
        FeedFixture.load(loader, Feed.SOCIAL_INSURANCE, fact(LAST.toString().substring(0, 7), u, 260, 4));
        detection.run(LAST, "TEST");

        KeyEntry entry = keyEnterprises.entry(u);
        assertThat(entry.listed()).isTrue();
        assertThat(entry.riskLevel()).as("highest of RED drop and ORANGE arrears").isEqualTo("RED");
        assertThat(entry.ruleCodes()).contains("HEADCOUNT_DROP_MONTH", "CONTRIBUTION_ARREARS");
        long signalsBefore = signals(u);
        assertThat(signalsBefore).isGreaterThanOrEqualTo(2);

        FeedFixture.load(loader, Feed.SOCIAL_INSURANCE, fact(LAST.toString().substring(0, 7), u, 300, 0));
        detection.run(LAST, "TEST");

        assertThat(keyEnterprises.entry(u).listed()).isFalse();
        assertThat(signals(u)).as("the re-run replaced the month's signals").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM monitoring_detection_run WHERE month = :m").param("m", LAST).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT event FROM monitoring_key_enterprise_event WHERE uscc = :u ORDER BY id").param("u", u)
                .query(String.class).list()).containsExactly("ENTER", "EXIT");

        List<EnterpriseMonitoring.Event> events = monitoring.events(u);
        assertThat(events).hasSize(2).allSatisfy(e -> {
            assertThat(e.reason().key()).isNotNull();
            assertThat(e.reason().in(messages, Locale.SIMPLIFIED_CHINESE)).isEqualTo(e.reason().stored());
            assertThat(e.reason().in(messages, Locale.ENGLISH)).startsWith("Detection (" + LAST.toString().substring(0, 7) + "): ")
                    .doesNotContainPattern("\\p{IsHan}");
        });
        assertThat(events.get(1).reason().in(messages, Locale.ENGLISH)).as("the entry, with its signals")
                .contains("Insured employees fell by 40 month on month", "Social insurance contributions in arrears for 4 consecutive months");
        for (EnterpriseMonitoring.Event e : events) {
            assertThat(jdbc.sql("SELECT p.key, p.args::text FROM monitoring_key_list_event_reason_parse(:r) p").param("r", e.reason().stored())
                    .query((rs, n) -> ListEventReason.of(e.reason().stored(), rs.getString(1), rs.getString(2))).single())
                    .as("the text as stored before V109 reads back into the same key and figures").isEqualTo(e.reason());
        }
    }

    @Test
    void a_manual_exclusion_survives_detection_and_a_stale_version_is_refused() {
        String u = FeedFixture.register(registry, "460100", "人工移出测试有限公司");
        FeedFixture.load(loader, Feed.UNEMPLOYMENT, fact(LAST.toString().substring(0, 7), u, 9));
        detection.run(LAST, "TEST");
        KeyEntry entry = keyEnterprises.entry(u);
        assertThat(entry.listed()).isTrue();

        Logins.runAs(users, "haikou");
        CurrentUser haikou = CurrentUser.require();
        var enterprise = enterprises.find(haikou.scope(), u).orElseThrow();
        keyEnterprises.adjust(haikou, enterprise, KeyEnterprises.Adjustment.EXCLUDE, "已核实为季节性用工，非裁员", entry.version());
        assertThatThrownBy(() -> keyEnterprises.adjust(haikou, enterprise, KeyEnterprises.Adjustment.INCLUDE, "重复提交", entry.version()))
                .isInstanceOf(OptimisticLockException.class);
        detection.run(LAST, "TEST");

        KeyEntry after = keyEnterprises.entry(u);
        assertThat(after.listed()).isFalse();
        assertThat(after.detected()).isTrue();
        assertThat(after.override()).isEqualTo("EXCLUDE");
        assertThat(jdbc.sql("SELECT reason FROM monitoring_key_enterprise_event WHERE uscc = :u AND event = 'EXIT'").param("u", u)
                .query(String.class).single()).contains("季节性用工");
        EnterpriseMonitoring.Event exit = monitoring.events(u).stream().filter(e -> e.event().equals("EXIT")).findFirst().orElseThrow();
        assertThat(exit.reason().in(messages, Locale.SIMPLIFIED_CHINESE)).isEqualTo("人工移出：已核实为季节性用工，非裁员")
                .isEqualTo(exit.reason().stored());
        assertThat(exit.reason().in(messages, Locale.ENGLISH)).as("the typed reason stays as typed")
                .isEqualTo("Removed by hand: 已核实为季节性用工，非裁员");
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE entity_type = 'monitoring_key_enterprise' AND entity_id = :u")
                .param("u", u).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void sanya_sees_no_haikou_entry_signal_or_trend_and_the_export_keeps_to_the_scope() throws Exception {
        String haikou = FeedFixture.register(registry, "460100", "海口范围测试企业");
        FeedFixture.load(loader, Feed.UNEMPLOYMENT, fact(LAST.toString().substring(0, 7), haikou, 8));
        detection.run(LAST, "TEST");

        assertThat(query.page(new Scope.Region("460200"), KeyListFilter.none().withRegion(null), 1).rows())
                .noneMatch(r -> r.uscc().equals(haikou) || !r.regionCode().equals("460200"));
        mvc.perform(get("/monitoring/key-enterprises").param("q", haikou).param("region", "460100").with(Logins.as(users, "sanya")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("/monitoring/enterprises/" + haikou))));
        String section = jdbc.sql("SELECT industry_section FROM enterprise WHERE uscc = :u").param("u", haikou).query(String.class).single();
        String sectionName = jdbc.sql("SELECT name FROM platform_industry WHERE code = :c").param("c", section).query(String.class).single();
        mvc.perform(get("/monitoring/key-enterprises").param("q", haikou).with(Logins.as(users, "haikou")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/monitoring/enterprises/" + haikou)))
                .andExpect(content().string(containsString("title=\"" + section + "\">" + sectionName + "</td>")));
        mvc.perform(get("/monitoring/enterprises/{u}", haikou).with(Logins.as(users, "sanya"))).andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/enterprises/{u}/trend", haikou).with(Logins.as(users, "sanya"))).andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/enterprises/{u}", haikou).with(Logins.as(users, "haikou")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("失业登记")));
        mvc.perform(get("/monitoring/enterprises/{u}/trend", haikou).with(Logins.as(users, "haikou")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("\"unemployment\"")));
        mvc.perform(get("/monitoring/key-enterprises").with(Logins.as(users, "enterprise"))).andExpect(status().isNotFound());
        byte[] xlsx = mvc.perform(get("/monitoring/key-enterprises/export").param("region", "460100").with(Logins.as(users, "sanya")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(tongxing.platform.imports.TestSheets.read(xlsx).values().stream().flatMap(List::stream).flatMap(List::stream))
                .contains("统一社会信用代码").doesNotContain(haikou);
    }

    @Test
    void the_list_filters_by_risk_rule_and_section() {
        String u = FeedFixture.register(registry, "460100", "筛选测试有限公司");
        FeedFixture.load(loader, Feed.COMPLAINT, fact(LAST.toString().substring(0, 7), u, 2, 0));
        detection.run(LAST, "TEST");
        assertThat(query.page(Scope.province(), new KeyListFilter(null, "ORANGE", null, "WAGE_ARREARS_COMPLAINT", u), 1).rows())
                .extracting(KeyListRow::uscc).containsExactly(u);
        assertThat(query.page(Scope.province(), new KeyListFilter(null, "RED", null, null, u), 1).rows()).isEmpty();
        assertThat(query.page(Scope.province(), new KeyListFilter(null, null, "F", null, u), 1).rows()).hasSize(1);
        assertThat(query.page(Scope.province(), new KeyListFilter(null, null, "C", null, u), 1).rows()).isEmpty();
    }

    private long signals(String uscc) {
        return jdbc.sql("SELECT count(*) FROM monitoring_signal WHERE uscc = :u AND month = :m").param("u", uscc).param("m", LAST)
                .query(Long.class).single();
    }
}
