package tongxing.monitoring.feeds;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tongxing.TongxingTest;
import tongxing.enterprise.EnterpriseBulkLoader;
import tongxing.platform.security.Scope;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tongxing.monitoring.feeds.FeedFixture.fact;
import static tongxing.monitoring.feeds.FeedFixture.register;

/**
 * A whole month sent at once: a month's first load becomes the month's partition (built apart and
 * attached), a month that holds facts is merged in the database, and a failed load leaves the
 * month as it was. Each test uses months no other test loads.
 */
@TongxingTest
class FeedMonthPartitionTest {

    @Autowired
    FeedLoader loader;
    @Autowired
    EnterpriseBulkLoader registry;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_first_load_into_a_month_without_partition_attaches_a_partition_with_the_feeds_indexes() {
        String a = register(registry, "460100", "分区首载甲"), b = register(registry, "460400", "分区首载乙");
        assertThat(exists("monitoring_headcount_201501")).isFalse();

        FeedLoader.Outcome o = load("2015-01", new String[]{b, a}, new int[][]{{7, 0}, {30, 2}}).outcome();

        assertThat(o.inserted()).isEqualTo(2);
        assertThat(facts("2015-01")).containsExactlyInAnyOrderEntriesOf(Map.of(a, "460100/30/2", b, "460400/7/0"));
        assertThat(jdbc.sql("SELECT relispartition FROM pg_class WHERE relname = 'monitoring_headcount_201501'").query(Boolean.class).single()).isTrue();
        // The one index of monitoring_headcount (its primary key, V106) is the partition's, adopted by the parent's.
        assertThat(jdbc.sql("""
                SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                WHERE i.indrelid = 'monitoring_headcount_201501'::regclass AND c.relispartition""").query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM pg_constraint WHERE conrelid = 'monitoring_headcount_201501'::regclass AND contype = 'p'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT region_code || ':' || enterprises || '/' || insured FROM monitoring_region_month"
                + " WHERE month = '2015-01-01' ORDER BY region_code").query(String.class).list()).containsExactly("460100:1/30", "460400:1/7");
        // Every fact carries the month and its load (sent as the COPY's defaults), and the partition keeps no such default.
        assertThat(jdbc.sql("SELECT count(*) FROM monitoring_headcount WHERE month = '2015-01-01' AND load_id = :l")
                .param("l", o.loadIds().get(0)).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM pg_attrdef WHERE adrelid = 'monitoring_headcount_201501'::regclass")
                .query(Integer.class).single()).isEqualTo(jdbc.sql("SELECT count(*) FROM pg_attrdef WHERE adrelid = 'monitoring_headcount'::regclass")
                .query(Integer.class).single());
        // The other feeds' partitions of the month exist too, as after any load.
        assertThat(exists("monitoring_dispute_201501")).isTrue();
        // The key holds: the same enterprise cannot be written twice into the month.
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO monitoring_headcount (month, uscc, region_code, insured, load_id)"
                + " VALUES ('2015-01-01', :u, '460100', 1, 1)").param("u", a).update()).hasMessageContaining("pkey");
    }

    @Test
    void a_first_load_into_an_empty_partition_of_another_feeds_load_replaces_it() {
        String a = register(registry, "460100", "空分区甲");
        FeedFixture.load(loader, Feed.DISPUTE, fact("2015-02", a, 1, 3, 0));
        assertThat(exists("monitoring_headcount_201502")).isTrue();

        FeedLoader.Outcome o = load("2015-02", new String[]{a}, new int[][]{{12, 0}}).outcome();

        assertThat(o.inserted()).isEqualTo(1);
        assertThat(facts("2015-02")).containsExactlyInAnyOrderEntriesOf(Map.of(a, "460100/12/0"));
        assertThat(jdbc.sql("SELECT cases FROM monitoring_dispute WHERE month = '2015-02-01' AND uscc = :u").param("u", a)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void a_reload_naming_part_of_the_month_updates_what_changed_and_keeps_the_others_facts_and_loads() {
        String a = register(registry, "460100", "重载甲"), b = register(registry, "460100", "重载乙");
        String c = register(registry, "460100", "重载丙"), d = register(registry, "460300", "重载丁");
        load("2015-03", new String[]{a, b, c}, new int[][]{{10, 0}, {20, 0}, {30, 0}});
        Map<String, Long> loadsBefore = loads("2015-03");

        // b unchanged, c corrected, d new; a not named.
        FeedLoader.Outcome o = load("2015-03", new String[]{b, c, d}, new int[][]{{20, 0}, {31, 1}, {5, 0}}).outcome();

        assertThat(o.inserted()).isEqualTo(1);
        assertThat(o.updated()).isEqualTo(1);
        assertThat(o.unchanged()).isEqualTo(1);
        assertThat(facts("2015-03")).containsExactlyInAnyOrderEntriesOf(Map.of(a, "460100/10/0", b, "460100/20/0", c, "460100/31/1", d, "460300/5/0"));
        Map<String, Long> loadsAfter = loads("2015-03");
        assertThat(loadsAfter.get(a)).isEqualTo(loadsBefore.get(a));
        assertThat(loadsAfter.get(b)).isEqualTo(loadsBefore.get(b));
        assertThat(loadsAfter.get(c)).isEqualTo(o.loadIds().get(0)).isNotEqualTo(loadsBefore.get(c));
        assertThat(loadsAfter.get(d)).isEqualTo(o.loadIds().get(0));
        assertThat(jdbc.sql("SELECT region_code || ':' || enterprises || '/' || insured FROM monitoring_region_month"
                + " WHERE month = '2015-03-01' ORDER BY region_code").query(String.class).list()).containsExactly("460100:3/61", "460300:1/5");
        assertThat(exists("monitoring_headcount_201503_load")).isFalse();
    }

    @Test
    void a_reload_compares_the_region_too_and_a_file_without_changes_writes_nothing() {
        String a = register(registry, "460100", "重载移区甲"), b = register(registry, "460100", "重载移区乙");
        load("2015-10", new String[]{a, b}, new int[][]{{40, 0}, {50, 2}});
        Map<String, Long> loadsBefore = loads("2015-10");

        FeedLoader.Outcome same = load("2015-10", new String[]{a, b}, new int[][]{{40, 0}, {50, 2}}).outcome();
        assertThat(new int[]{same.inserted(), same.updated(), same.unchanged()}).containsExactly(0, 0, 2);
        assertThat(loads("2015-10")).isEqualTo(loadsBefore);

        // The enterprise moved to Sansha in the registry: the same numbers sent again are a changed fact.
        jdbc.sql("UPDATE enterprise SET region_code = '460300' WHERE uscc = :u").param("u", b).update();
        FeedLoader.Outcome moved = load("2015-10", new String[]{a, b}, new int[][]{{40, 0}, {50, 2}}).outcome();

        assertThat(new int[]{moved.inserted(), moved.updated(), moved.unchanged()}).containsExactly(0, 1, 1);
        assertThat(facts("2015-10")).containsExactlyInAnyOrderEntriesOf(Map.of(a, "460100/40/0", b, "460300/50/2"));
        assertThat(loads("2015-10").get(a)).isEqualTo(loadsBefore.get(a));
        assertThat(loads("2015-10").get(b)).isEqualTo(moved.loadIds().get(0));
    }

    @Test
    void a_load_naming_far_more_enterprises_than_the_month_holds_rebuilds_it_keeping_the_others_facts_and_loads() {
        String a = register(registry, "460100", "重建甲"), b = register(registry, "460100", "重建乙");
        String[] fresh = new String[5];
        for (int i = 0; i < fresh.length; i++) fresh[i] = register(registry, "460400", "重建新" + i);
        load("2015-06", new String[]{a, b}, new int[][]{{10, 0}, {20, 0}});
        Map<String, Long> loadsBefore = loads("2015-06");
        long oid = jdbc.sql("SELECT 'monitoring_headcount_201506'::regclass::oid::bigint").query(Long.class).single();

        // b unchanged, five new: the month held 2 facts, the load names 6 enterprises (the rebuild path); a not named.
        String[] usccs = {b, fresh[0], fresh[1], fresh[2], fresh[3], fresh[4]};
        FeedLoader.Outcome o = load("2015-06", usccs, new int[][]{{20, 0}, {1, 0}, {2, 0}, {3, 0}, {4, 0}, {5, 0}}).outcome();

        assertThat(jdbc.sql("SELECT 'monitoring_headcount_201506'::regclass::oid::bigint").query(Long.class).single()).isNotEqualTo(oid);
        assertThat(o.inserted()).isEqualTo(5);
        assertThat(o.updated()).isZero();
        assertThat(o.unchanged()).isEqualTo(1);
        Map<String, String> facts = facts("2015-06");
        assertThat(facts).hasSize(7).containsEntry(a, "460100/10/0").containsEntry(b, "460100/20/0").containsEntry(fresh[4], "460400/5/0");
        Map<String, Long> loadsAfter = loads("2015-06");
        assertThat(loadsAfter.get(a)).isEqualTo(loadsBefore.get(a));
        assertThat(loadsAfter.get(b)).isEqualTo(loadsBefore.get(b));
        assertThat(loadsAfter.get(fresh[0])).isEqualTo(o.loadIds().get(0));
        assertThat(jdbc.sql("SELECT region_code || ':' || enterprises || '/' || insured FROM monitoring_region_month"
                + " WHERE month = '2015-06-01' ORDER BY region_code").query(String.class).list()).containsExactly("460100:2/30", "460400:5/15");
        // Then a corrected file of the month, which now holds most of its enterprises (the merge path).
        o = load("2015-06", new String[]{fresh[0], fresh[1], fresh[2], fresh[3], fresh[4], a, b, register(registry, "460100", "重建末")},
                new int[][]{{1, 0}, {2, 0}, {3, 0}, {4, 0}, {5, 0}, {11, 0}, {20, 0}, {1, 0}}).outcome();
        assertThat(new int[]{o.inserted(), o.updated(), o.unchanged()}).containsExactly(1, 1, 6);
    }

    @Test
    void a_failed_first_load_leaves_the_month_without_facts_and_the_next_load_works() {
        String a = register(registry, "460100", "失败首载甲");
        // The same enterprise twice (the CSV path refuses repeats before; here the key's index build fails).
        assertThatThrownBy(() -> load("2015-04", new String[]{a, a}, new int[][]{{1, 0}, {2, 0}})).isNotNull();

        assertThat(exists("monitoring_headcount_201504_new")).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM monitoring_headcount WHERE month = '2015-04-01'").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM monitoring_load WHERE month = '2015-04-01'").query(Integer.class).single()).isZero();
        load("2015-04", new String[]{a}, new int[][]{{3, 0}});
        assertThat(facts("2015-04")).containsExactlyInAnyOrderEntriesOf(Map.of(a, "460100/3/0"));
    }

    @Test
    void a_failed_rebuild_of_a_month_holding_few_facts_leaves_them_and_their_load_as_they_were() {
        String a = register(registry, "460100", "失败重建甲"), b = register(registry, "460100", "失败重建乙");
        String c = register(registry, "460100", "失败重建丙");
        load("2015-09", new String[]{a}, new int[][]{{40, 0}});
        Map<String, Long> loadsBefore = loads("2015-09");

        // Three rows against one fact: the rebuild path; c twice makes the key's build fail after the COPY.
        assertThatThrownBy(() -> load("2015-09", new String[]{b, c, c}, new int[][]{{1, 0}, {2, 0}, {3, 0}})).isNotNull();

        assertThat(facts("2015-09")).containsExactlyInAnyOrderEntriesOf(Map.of(a, "460100/40/0"));
        assertThat(loads("2015-09")).isEqualTo(loadsBefore);
        assertThat(exists("monitoring_headcount_201509_new")).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM monitoring_load WHERE month = '2015-09-01'").query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT region_code || ':' || enterprises || '/' || insured FROM monitoring_region_month"
                + " WHERE month = '2015-09-01'").query(String.class).list()).containsExactly("460100:1/40");
    }

    @Test
    void a_failed_reload_leaves_the_months_facts_as_they_were() {
        String a = register(registry, "460100", "失败重载甲"), b = register(registry, "460100", "失败重载乙");
        load("2015-05", new String[]{a}, new int[][]{{40, 0}});

        assertThatThrownBy(() -> load("2015-05", new String[]{a, b, b}, new int[][]{{41, 0}, {1, 0}, {2, 0}})).isNotNull();

        assertThat(facts("2015-05")).containsExactlyInAnyOrderEntriesOf(Map.of(a, "460100/40/0"));
        assertThat(exists("monitoring_headcount_201505_load")).isFalse();
    }

    private FeedLoader.CheckedOutcome load(String month, String[] usccs, int[][] values) {
        FeedMonthRows rows = new FeedMonthRows(2);
        for (int i = 0; i < usccs.length; i++) rows.add(usccs[i], values[i], i + 2);
        return loader.loadMonth(Scope.province(), Feed.SOCIAL_INSURANCE, LocalDate.parse(month + "-01"), rows, rows.orderByUscc(),
                FeedLoader.Source.backfill("test", "test"), 0);
    }

    private boolean exists(String table) {
        return jdbc.sql("SELECT to_regclass(:t) IS NOT NULL").param("t", table).query(Boolean.class).single();
    }

    private Map<String, String> facts(String month) {
        Map<String, String> m = new HashMap<>();
        jdbc.sql("SELECT uscc, region_code || '/' || insured || '/' || arrears_months FROM monitoring_headcount WHERE month = :m")
                .param("m", LocalDate.parse(month + "-01")).query((rs, n) -> m.put(rs.getString(1), rs.getString(2))).list();
        return m;
    }

    private Map<String, Long> loads(String month) {
        Map<String, Long> m = new HashMap<>();
        jdbc.sql("SELECT uscc, load_id FROM monitoring_headcount WHERE month = :m")
                .param("m", LocalDate.parse(month + "-01")).query((rs, n) -> m.put(rs.getString(1), rs.getLong(2))).list();
        return m;
    }
}
