package tongxing.monitoring.feeds;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tongxing.TongxingTest;
import tongxing.enterprise.EnterpriseBulkLoader;
import tongxing.enterprise.EnterpriseLocations;
import tongxing.platform.security.ApiClient;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static tongxing.monitoring.feeds.FeedFixture.register;
import static tongxing.support.TestEnterprises.freshUscc;

/**
 * A whole month's file that names a good part of the registry is checked against the whole
 * registry read alongside the file ({@link RegistrySnapshot}); a small one asks for its USCCs. Both
 * must answer every line alike: unknown enterprises, enterprises outside the key's region and
 * repeats of an enterprise, by line number and reason.
 */
@TongxingTest
class FeedCsvRegistrySnapshotTest {

    @Autowired
    ReceivingFeedCsv receiving;
    @Autowired
    FeedChecks checks;
    @Autowired
    EnterpriseLocations locations;
    @Autowired
    EnterpriseBulkLoader registry;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_whole_registry_read_alongside_answers_as_the_query_of_the_files_usccs() {
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 3; i++) asked.add(register(registry, i == 1 ? "460400" : "460100", "快照对照" + i));
        asked.add(freshUscc("460100"));
        asked.sort(null);

        RegistrySnapshot snapshot = RegistrySnapshot.of(locations.registeredInUsccOrder());
        String[] expected = locations.regionsAt(asked);

        String[] found = new String[asked.size()];
        for (int i = 0; i < found.length; i++) {
            String u = asked.get(i);
            int p = snapshot.positionOf(FeedMonthRows.UsccKey.part(u, 0), FeedMonthRows.UsccKey.part(u, 9));
            found[i] = p < 0 ? null : snapshot.region(p);
        }
        assertThat(snapshot.size()).isGreaterThanOrEqualTo(3);
        assertThat(found).containsExactly(expected);
        assertThat(expected).containsOnlyOnce((String) null);
    }

    @Test
    void a_file_naming_much_of_the_registry_gets_the_same_per_line_answer_as_a_small_one() throws Exception {
        String a = register(registry, "460100", "快照甲"), b = register(registry, "460100", "快照乙");
        String outside = register(registry, "460400", "快照儋州");
        StringBuilder csv = new StringBuilder("uscc,insured,arrearsMonths\n");
        List<String> unknown = new ArrayList<>();
        // Enough lines that the whole registry is read alongside (most of them of unregistered enterprises):
        // a quarter of the registry, which other tests of the run may have grown.
        int unknownLines = (int) Math.max(2000, locations.registeredEstimate() / 3 + 1000);
        for (int i = 0; i < unknownLines; i++) {
            String u = freshUscc("460100");
            unknown.add(u);
            csv.append(u).append(',').append(i).append(",0\n");
            if (i == 10) csv.append(a).append(",11,0\n");                 // line 13
            if (i == 20) csv.append(outside).append(",5,0\n");           // line 24
            if (i == 30) csv.append(b).append(",22,1\n");                // line 35
            if (i == 40) csv.append(a).append(",12,0\n");                // line 46, a repeat of line 13
            if (i == 50) csv.append(unknown.get(0)).append(",7,0\n");   // line 57, a repeat of line 2 (unregistered)
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        ApiClient haikou = new ApiClient(0, "快照测试", "460100", Set.of("monitoring:write"));
        var chosen = checks.snapshotFor(body.length / 24);
        assertThat(chosen).as("the whole registry is read for this file").isNotNull();
        chosen.cancel(false);

        FeedCsvReport withSnapshot = receiving.receive(haikou, Feed.SOCIAL_INSURANCE, LocalDate.parse("2015-07-01"),
                new ByteArrayInputStream(body), body.length);
        FeedCsvReport withQuery = receiving.receive(haikou, Feed.SOCIAL_INSURANCE, LocalDate.parse("2015-08-01"),
                new ByteArrayInputStream(body), -1);

        for (FeedCsvReport r : List.of(withSnapshot, withQuery)) {
            assertThat(r.totals().received()).isEqualTo(unknownLines + 5);
            assertThat(r.totals().inserted()).isEqualTo(2);
            assertThat(r.totals().rejected()).isEqualTo(unknownLines + 3);
            assertThat(r.totals().unknown()).isEqualTo(unknownLines);
            assertThat(answer(r, 13)).isNull();
            assertThat(answer(r, 24)).contains("不在您的辖区");
            assertThat(answer(r, 46)).contains("第 13 行");
            assertThat(answer(r, 2)).contains("未在企业库登记").contains(unknown.get(0));
            assertThat(answer(r, 57)).contains("第 2 行");
        }
        assertThat(lines(withSnapshot)).isEqualTo(lines(withQuery));
        assertThat(facts("2015-07")).isEqualTo(facts("2015-08")).isEqualTo(Map.of(a, "460100/11/0", b, "460100/22/1"));
        assertThat(jdbc.sql("SELECT accepted || '/' || rejected || '/' || unknown FROM monitoring_load WHERE month = '2015-07-01'")
                .query(String.class).single()).isEqualTo("2/" + (unknownLines + 3) + "/" + unknownLines);
    }

    private static String answer(FeedCsvReport report, long line) {
        return report.refused().stream().filter(r -> r.line() == line).map(r -> r.errors().get(0).reason()).findFirst().orElse(null);
    }

    private static List<String> lines(FeedCsvReport report) {
        return report.refused().stream().map(r -> r.line() + " " + r.uscc() + " " + r.errors()).toList();
    }

    private Map<String, String> facts(String month) {
        Map<String, String> m = new HashMap<>();
        jdbc.sql("SELECT uscc, region_code || '/' || insured || '/' || arrears_months FROM monitoring_headcount WHERE month = :m")
                .param("m", LocalDate.parse(month + "-01")).query((rs, n) -> m.put(rs.getString(1), rs.getString(2))).list();
        return m;
    }
}
