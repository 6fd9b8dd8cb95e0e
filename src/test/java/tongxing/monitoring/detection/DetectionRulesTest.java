package tongxing.monitoring.detection;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tongxing.TongxingTest;
import tongxing.platform.i18n.RecordedText;
import tongxing.enterprise.EnterpriseBulkLoader;
import tongxing.monitoring.feeds.Feed;
import tongxing.monitoring.feeds.FeedFixture;
import tongxing.monitoring.feeds.FeedLoader;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static tongxing.monitoring.feeds.FeedFixture.fact;
import static tongxing.monitoring.feeds.FeedFixture.insured;

/**
 * Every rule at its edge, detected for June 2019 (a month no other test or demo data uses) under
 * the default thresholds. 劳动合同法 第四十一条: 20 or more, or fewer but at least 10 % (exactly
 * 10 % counts) of the workforce.
 */
@TongxingTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DetectionRulesTest {

    static final LocalDate JUNE = LocalDate.of(2019, 6, 1);

    @Autowired
    Detection detection;
    @Autowired
    FeedLoader loader;
    @Autowired
    EnterpriseBulkLoader registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;

    String drop20, drop19, tenOfTen, oneOfEleven, fifteenOf150, fifteenOf151, quarter20, quarter19, arrears3, arrears2,
            complaint1, complaint0, disputes3, disputes2, collective, unemployment5, unemployment4, large1000, large999;

    @BeforeAll
    void loadEdges() {
        drop20 = enterprise(); drop19 = enterprise(); tenOfTen = enterprise(); oneOfEleven = enterprise();
        fifteenOf150 = enterprise(); fifteenOf151 = enterprise(); quarter20 = enterprise(); quarter19 = enterprise();
        arrears3 = enterprise(); arrears2 = enterprise(); complaint1 = enterprise(); complaint0 = enterprise();
        disputes3 = enterprise(); disputes2 = enterprise(); collective = enterprise(); unemployment5 = enterprise();
        unemployment4 = enterprise(); large1000 = enterprise(); large999 = enterprise();
        FeedFixture.load(loader, Feed.SOCIAL_INSURANCE, concat(
                insured("2019-05", drop20, 1000, 980), insured("2019-05", drop19, 1000, 981),
                insured("2019-05", tenOfTen, 10, 9), insured("2019-05", oneOfEleven, 11, 10),
                insured("2019-05", fifteenOf150, 150, 135), insured("2019-05", fifteenOf151, 151, 136),
                insured("2019-03", quarter20, 900, 893, 886, 880), insured("2019-03", quarter19, 900, 893, 886, 881),
                new tongxing.monitoring.feeds.FeedFact[]{fact("2019-06", arrears3, 50, 3), fact("2019-06", arrears2, 50, 2),
                        fact("2019-06", large1000, 1000, 0), fact("2019-06", large999, 999, 0)}));
        FeedFixture.load(loader, Feed.COMPLAINT, fact("2019-06", complaint1, 1, 0), fact("2019-06", complaint0, 0, 5));
        FeedFixture.load(loader, Feed.DISPUTE, fact("2019-06", disputes3, 3, 4, 0), fact("2019-06", disputes2, 2, 2, 0),
                fact("2019-06", collective, 1, 12, 1));
        FeedFixture.load(loader, Feed.UNEMPLOYMENT, fact("2019-06", unemployment5, 5), fact("2019-06", unemployment4, 4));
        detection.run(JUNE, "TEST");
    }

    private String enterprise() {
        return FeedFixture.register(registry, "460100", "规则边界测试企业");
    }

    private static tongxing.monitoring.feeds.FeedFact[] concat(tongxing.monitoring.feeds.FeedFact[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(tongxing.monitoring.feeds.FeedFact[]::new);
    }

    private Map<String, String> signals(String uscc) {
        Map<String, String> m = new java.util.HashMap<>();
        jdbc.sql("SELECT rule_code, level FROM monitoring_signal WHERE uscc = :u AND month = :m").param("u", uscc).param("m", JUNE)
                .query((rs, n) -> m.put(rs.getString(1), rs.getString(2))).list();
        return m;
    }

    @Test
    void a_month_on_month_drop_of_20_is_red_and_of_19_in_a_workforce_of_1000_is_not() {
        assertThat(signals(drop20)).containsEntry("HEADCOUNT_DROP_MONTH", "RED");
        assertThat(signals(drop19)).doesNotContainKey("HEADCOUNT_DROP_MONTH");
    }

    @Test
    void under_20_staff_one_of_ten_is_ten_percent_and_counts_but_one_of_eleven_does_not() {
        assertThat(signals(tenOfTen)).containsKey("HEADCOUNT_DROP_MONTH");
        assertThat(signals(oneOfEleven)).doesNotContainKey("HEADCOUNT_DROP_MONTH");
    }

    @Test
    void fewer_than_20_people_but_ten_percent_of_a_larger_workforce_counts_as_the_law_says() {
        assertThat(signals(fifteenOf150)).containsKey("HEADCOUNT_DROP_MONTH");
        assertThat(signals(fifteenOf151)).doesNotContainKey("HEADCOUNT_DROP_MONTH");
    }

    @Test
    void small_monthly_cuts_adding_up_to_20_in_three_months_are_orange_and_19_are_not() {
        assertThat(signals(quarter20)).containsEntry("HEADCOUNT_DROP_QUARTER", "ORANGE").doesNotContainKey("HEADCOUNT_DROP_MONTH");
        assertThat(signals(quarter19)).doesNotContainKey("HEADCOUNT_DROP_QUARTER");
    }

    @Test
    void arrears_of_three_months_raise_a_signal_and_two_do_not() {
        assertThat(signals(arrears3)).containsEntry("CONTRIBUTION_ARREARS", "ORANGE");
        assertThat(signals(arrears2)).doesNotContainKey("CONTRIBUTION_ARREARS");
    }

    @Test
    void one_wage_arrears_complaint_raises_a_signal_and_other_complaints_do_not() {
        assertThat(signals(complaint1)).containsEntry("WAGE_ARREARS_COMPLAINT", "ORANGE");
        assertThat(signals(complaint0)).isEmpty();
    }

    @Test
    void three_disputes_are_orange_two_are_nothing_and_one_collective_dispute_is_red() {
        assertThat(signals(disputes3)).containsEntry("DISPUTE_CLUSTER", "ORANGE");
        assertThat(signals(disputes2)).isEmpty();
        assertThat(signals(collective)).containsEntry("DISPUTE_CLUSTER", "RED");
    }

    @Test
    void five_unemployment_registrations_raise_a_signal_and_four_do_not() {
        assertThat(signals(unemployment5)).containsEntry("UNEMPLOYMENT_REGISTRATIONS", "ORANGE");
        assertThat(signals(unemployment4)).isEmpty();
    }

    @Test
    void an_employer_of_1000_insured_is_always_on_the_guidance_list_and_999_is_not() {
        assertThat(signals(large1000)).containsEntry("LARGE_EMPLOYER", "YELLOW");
        assertThat(signals(large999)).isEmpty();
    }

    @Test
    void the_reason_names_the_figures_and_the_evidence_holds_the_facts() {
        Map<String, Object> s = jdbc.sql("SELECT reason, evidence::text AS evidence FROM monitoring_signal WHERE uscc = :u AND rule_code = 'HEADCOUNT_DROP_MONTH'")
                .param("u", drop20).query().singleRow();
        assertThat((String) s.get("reason")).contains("减少 20 人", "1000 人", "980 人", "第四十一条");
        assertThat((String) s.get("evidence")).contains("\"insured\": 1000", "\"insured\": 980", "2019-05", "2019-06");
    }

    @Test
    void every_reason_reads_in_chinese_as_detection_stored_it_and_in_english_with_the_same_figures() {
        List<RecordedText> reasons = jdbc.sql("SELECT reason, reason_key, reason_args::text FROM monitoring_signal WHERE month = :m")
                .param("m", JUNE).query((rs, n) -> RecordedText.of(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        assertThat(reasons).extracting(RecordedText::key).containsOnly(
                "feeds.reason.HEADCOUNT_DROP_MONTH", "feeds.reason.HEADCOUNT_DROP_QUARTER", "feeds.reason.CONTRIBUTION_ARREARS",
                "feeds.reason.WAGE_ARREARS_COMPLAINT", "feeds.reason.DISPUTE_CLUSTER", "feeds.reason.DISPUTE_CLUSTER.collective",
                "feeds.reason.UNEMPLOYMENT_REGISTRATIONS", "feeds.reason.LARGE_EMPLOYER").as("all eight sentences, each fired").hasSize(10);
        for (RecordedText r : reasons) {
            assertThat(r.in(messages, Locale.SIMPLIFIED_CHINESE)).as(r.key()).isEqualTo(r.stored());
            String english = r.in(messages, Locale.ENGLISH);
            assertThat(english).as(r.key()).doesNotContainPattern("\\p{IsHan}").doesNotContain("{");
            Matcher figure = Pattern.compile("\\d{4}-\\d{2}|\\d+(\\.\\d+)?").matcher(r.stored());
            while (figure.find()) assertThat(english).as(r.key()).contains(figure.group());
        }
    }

    @Test
    void a_sentence_stored_before_the_figures_were_kept_is_read_back_into_the_same_key_and_figures() {
        List<RecordedText[]> pairs = jdbc.sql("""
                        SELECT s.reason, s.reason_key, s.reason_args::text, p.key, p.args::text
                        FROM monitoring_signal s, monitoring_signal_reason_parse(s.reason) p WHERE s.month = :m""")
                .param("m", JUNE)
                .query((rs, n) -> new RecordedText[]{RecordedText.of(rs.getString(1), rs.getString(2), rs.getString(3)),
                        RecordedText.of(rs.getString(1), rs.getString(4), rs.getString(5))}).list();
        assertThat(pairs).hasSize(10);
        for (RecordedText[] pair : pairs) {
            RecordedText written = pair[0], parsed = pair[1];
            assertThat(parsed.key()).as(written.stored()).isEqualTo(written.key());
            assertThat(parsed.in(messages, Locale.SIMPLIFIED_CHINESE)).isEqualTo(written.stored());
            assertThat(parsed.in(messages, Locale.ENGLISH)).isEqualTo(written.in(messages, Locale.ENGLISH));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM monitoring_signal_reason_parse('人工录入的其他说明') p WHERE p.key IS NOT NULL")
                .query(Long.class).single()).as("a sentence no rule writes").isZero();
    }

    @Test
    void a_run_records_its_rule_version_and_counts() {
        Map<String, Object> run = jdbc.sql("SELECT status, rule_version, signals FROM monitoring_detection_run WHERE month = :m")
                .param("m", JUNE).query().singleRow();
        assertThat(run.get("status")).isEqualTo("FINISHED");
        assertThat(((Number) run.get("signals")).intValue()).as("the ten edges that fire").isEqualTo(10);
        assertThat(((Number) run.get("rule_version")).intValue()).isPositive();
    }

    @Test
    void the_run_plans_with_statistics_of_the_months_it_reads() {
        // Too few rows for autovacuum ever to analyze them: only the run's own ANALYZE gives them statistics.
        for (String partition : List.of("monitoring_headcount_201906", "monitoring_headcount_201905", "monitoring_headcount_201903")) {
            assertThat(jdbc.sql("SELECT count(*) FROM pg_stats WHERE schemaname = current_schema() AND tablename = :t")
                    .param("t", partition).query(Long.class).single()).as(partition).isPositive();
        }
    }
}
