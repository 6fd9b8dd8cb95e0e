package tongxing.enterprise;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tongxing.TongxingTest;
import tongxing.demo.HainanEnterpriseGenerator;
import tongxing.enterprise.search.EnterpriseFilter;
import tongxing.enterprise.search.EnterpriseRow;
import tongxing.enterprise.search.EnterpriseSearch;
import tongxing.platform.imports.ImportRetryLater;
import tongxing.platform.security.Scope;
import tongxing.support.Logins;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A first load (at least as many new enterprises as the registry holds) drops the registry's
 * secondary indexes, inserts, and builds them again (RegistryIndexes): afterwards the indexes
 * are exactly those of before and find the new rows; a failure leaves indexes and rows as they
 * were; a busy registry makes the commit wait a little and then leaves the job to be committed again.
 * The threshold (100,000 rows) is lowered to one row for these tests: the rule "at least as many
 * as the registry holds" still applies.
 */
@TongxingTest
@AutoConfigureMockMvc
class FirstLoadIndexRebuildTest {

    private static final AtomicLong USCC_SEQUENCE = new AtomicLong(820_000_000L);
    private static final AtomicLong STAGE_JOB = new AtomicLong(2_000_000_000L + System.nanoTime() % 1_000_000);

    @Autowired
    EnterpriseStages stages;
    @Autowired
    FirstLoads firstLoads;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    EnterpriseSearch search;
    @Autowired
    DataSource dataSource;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    long minRowsBefore;

    @BeforeEach
    void lowerTheThreshold() {
        minRowsBefore = firstLoads.useMinRows(1);
    }

    @AfterEach
    void restore() {
        firstLoads.useMinRows(minRowsBefore);
        Logins.clear();
    }

    /** More new enterprises than the registry holds. */
    List<EnterpriseData> firstLoadRows() {
        long n = firstLoads.registryRows() + 7;
        List<EnterpriseData> rows = new ArrayList<>();
        new HainanEnterpriseGenerator(n, 20261202L, USCC_SEQUENCE.getAndAdd(n)).forEachRemaining(rows::add);
        return rows;
    }

    long stage(List<EnterpriseData> rows) {
        long job = STAGE_JOB.incrementAndGet();
        try (EnterpriseStages.Writer w = stages.open(job)) {
            for (int i = 0; i < rows.size(); i += 1_000) w.write(rows.subList(i, Math.min(rows.size(), i + 1_000)));
            w.complete();
        }
        return job;
    }

    /** Index name → definition and oid (a rebuilt index has a new oid). */
    List<Map<String, Object>> indexes() {
        return jdbc.sql("""
                SELECT i.indexname, i.indexdef, to_regclass(i.indexname)::oid AS oid FROM pg_indexes i
                WHERE i.tablename = 'enterprise' ORDER BY i.indexname""").query().listOfRows();
    }

    static List<String> definitions(List<Map<String, Object>> indexes) {
        return indexes.stream().map(r -> (String) r.get("indexdef")).toList();
    }

    long staged(long job) {
        Long n = tx.execute(s -> stages.stagedRows(job));
        return n == null ? -1 : n;
    }

    long vacuumCount() {
        return jdbc.sql("SELECT vacuum_count FROM pg_stat_user_tables WHERE relid = CAST('enterprise' AS regclass)")
                .query(Long.class).single();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM enterprise").query(Long.class).single();
    }

    List<String> found(EnterpriseFilter filter) {
        return search.page(Scope.province(), filter, 1).rows().stream().map(EnterpriseRow::uscc).toList();
    }

    @Test
    void a_first_load_rebuilds_exactly_the_same_indexes_and_the_searches_find_the_new_rows() {
        List<EnterpriseData> rows = firstLoadRows();
        long job = stage(rows);
        List<Map<String, Object>> before = indexes();
        long registry = count();
        long vacuums = vacuumCount();

        BulkUpsertResult result = tx.execute(s -> stages.commit(Scope.province(), job, rows.size(), "IMPORT"));

        assertThat(result.inserted()).isEqualTo(rows.size());
        assertThat(count()).isEqualTo(registry + rows.size());
        // RegistryVacuum: the committed load is vacuumed at once, not when autovacuum gets to it.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> vacuumCount() > vacuums);
        List<Map<String, Object>> after = indexes();
        assertThat(definitions(after)).containsExactlyElementsOf(definitions(before));
        // Rebuilt, not kept: every index but the primary key has a new oid.
        for (int i = 0; i < before.size(); i++) {
            boolean primaryKey = "enterprise_pkey".equals(before.get(i).get("indexname"));
            assertThat(after.get(i).get("oid").equals(before.get(i).get("oid")))
                    .as("%s kept", before.get(i).get("indexname")).isEqualTo(primaryKey);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM pg_stats WHERE tablename = 'enterprise'").query(Long.class).single())
                .as("analyzed").isPositive();

        for (EnterpriseData d : List.of(rows.get(0), rows.get(rows.size() / 2), rows.get(rows.size() - 1))) {
            String brand = d.name().substring(d.name().length() - 12, d.name().length() - 6);
            assertThat(found(new EnterpriseFilter(d.name(), null, null, null, null, null, null, null))).contains(d.uscc());
            assertThat(found(new EnterpriseFilter(brand, null, d.regionCode(), null, null, null, null, null)))
                    .as(brand).contains(d.uscc());
            assertThat(found(new EnterpriseFilter(null, d.uscc().substring(0, 17), null, null, null, null, null, null)))
                    .contains(d.uscc());
            assertThat(found(new EnterpriseFilter(d.name(), null, d.regionCode(), null, d.industryCode().substring(0, 2),
                    null, null, d.tags().isEmpty() ? null : d.tags().get(0)))).containsExactly(d.uscc());
        }
        assertThat(staged(job)).as("stage dropped").isEqualTo(-1L);
    }

    @Test
    void a_first_load_of_twice_the_registry_is_recognised_without_counting_and_rebuilds_the_indexes() {
        long n = 2 * firstLoads.registryRows() + 3; // more new rows than the registry holds, whatever it holds
        List<EnterpriseData> rows = new ArrayList<>();
        new HainanEnterpriseGenerator(n, 20261203L, USCC_SEQUENCE.getAndAdd(n)).forEachRemaining(rows::add);
        long job = stage(rows);
        List<Map<String, Object>> before = indexes();

        // Checked inside the load's transaction and rolled back: the shared test registry keeps its size.
        tx.executeWithoutResult(s -> {
            BulkUpsertResult result = stages.commit(Scope.province(), job, rows.size(), "IMPORT");

            assertThat(result.inserted()).isEqualTo(rows.size());
            List<Map<String, Object>> after = indexes();
            assertThat(definitions(after)).containsExactlyElementsOf(definitions(before));
            assertThat(after.stream().filter(r -> !"enterprise_pkey".equals(r.get("indexname"))).map(r -> r.get("oid")))
                    .as("rebuilt").doesNotContainAnyElementsOf(before.stream().map(r -> r.get("oid")).toList());
            EnterpriseData last = rows.get(rows.size() - 1);
            assertThat(found(new EnterpriseFilter(last.name(), null, null, null, null, null, null, null))).contains(last.uscc());
            s.setRollbackOnly();
        });
        stages.discard(job);
    }

    @Test
    void a_first_load_that_also_names_a_registered_enterprise_updates_it_and_its_name_is_searchable() {
        String known = tongxing.support.TestEnterprises.freshUscc("460100");
        jdbc.sql("""
                INSERT INTO enterprise (uscc, name, region_code, industry_code, industry_division, industry_section, size_class)
                VALUES (:u, '椰林旧名贸易商行', '460100', '52', '52', 'G', 'MICRO')""").param("u", known).update();
        List<EnterpriseData> rows = new ArrayList<>(firstLoadRows());
        EnterpriseData d = rows.get(2);
        rows.add(new EnterpriseData(known, "椰林新名科技有限公司", "460100", d.industryCode(), d.ownershipCode(),
                d.employees(), d.revenue(), d.assets(), null, null, null, null, null, "ACTIVE", List.of()));
        long job = stage(rows);

        BulkUpsertResult result = tx.execute(s -> stages.commit(Scope.province(), job, rows.size(), "IMPORT"));

        assertThat(result.inserted()).isEqualTo(rows.size() - 1);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(found(new EnterpriseFilter("新名科技", null, null, null, null, null, null, null))).contains(known);
        assertThat(found(new EnterpriseFilter("旧名贸易", null, null, null, null, null, null, null))).doesNotContain(known);
    }

    @Test
    void a_first_load_that_fails_in_the_insert_leaves_indexes_and_rows_as_they_were() {
        List<EnterpriseData> rows = new ArrayList<>(firstLoadRows());
        EnterpriseData d = rows.get(3);
        rows.set(3, new EnterpriseData(d.uscc(), d.name(), "469999", d.industryCode(), d.ownershipCode(), d.employees(),
                d.revenue(), d.assets(), d.legalRepresentative(), d.contactPerson(), d.contactPhone(), d.address(),
                d.establishedOn(), d.status(), d.tags())); // no such region: the code check refuses the insert
        assertFailsAndChangesNothing(rows);
    }

    @Test
    void a_first_load_whose_rows_break_the_unique_uscc_fails_in_the_rebuild_and_changes_nothing() {
        List<EnterpriseData> rows = new ArrayList<>(firstLoadRows());
        rows.set(5, rows.get(4)); // the validation would never stage this; the rebuilt unique index must refuse it
        assertFailsAndChangesNothing(rows);
    }

    void assertFailsAndChangesNothing(List<EnterpriseData> rows) {
        long job = stage(rows);
        List<Map<String, Object>> before = indexes();
        long registry = count();

        assertThatThrownBy(() -> tx.execute(s -> stages.commit(Scope.province(), job, rows.size(), "IMPORT")))
                .isNotInstanceOf(ImportRetryLater.class);

        assertThat(indexes()).isEqualTo(before);
        assertThat(count()).isEqualTo(registry);
        assertThat(staged(job)).isEqualTo((long) rows.size());
        stages.discard(job);
    }

    @Test
    void a_busy_registry_leaves_the_job_validated_with_its_stage_and_it_can_be_committed_later() throws Exception {
        List<EnterpriseData> rows = firstLoadRows();
        long job = upload(csv(rows));
        mvc.perform(get("/imports/{id}", job).with(Logins.as(users, "admin")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"commit-notice\"")));
        List<Map<String, Object>> before = indexes();
        long registry = count();

        try (Connection reader = dataSource.getConnection()) {
            reader.setAutoCommit(false);
            try (Statement st = reader.createStatement()) {
                st.executeQuery("SELECT count(*) FROM enterprise").close(); // a reader's open transaction
            }
            mvc.perform(post("/imports/{id}/commit", job).with(Logins.as(users, "admin")).with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("企业库正在被其他操作使用")));
            reader.rollback();
        }

        assertThat(jdbc.sql("SELECT status FROM platform_import_job WHERE id = :id").param("id", job).query(String.class).single())
                .isEqualTo("VALIDATED");
        assertThat(staged(job)).isEqualTo((long) rows.size());
        assertThat(indexes()).isEqualTo(before);
        assertThat(count()).isEqualTo(registry);

        mvc.perform(post("/imports/{id}/commit", job).with(Logins.as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT status FROM platform_import_job WHERE id = :id").param("id", job).query(String.class).single())
                .isEqualTo("COMMITTED");
        assertThat(count()).isEqualTo(registry + rows.size());
        assertThat(definitions(indexes())).containsExactlyElementsOf(definitions(before));
    }

    long upload(byte[] csv) throws Exception {
        String location = mvc.perform(multipart("/imports/enterprise")
                        .file(new MockMultipartFile("file", "首次导入.csv", "text/csv", csv))
                        .with(Logins.as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/imports/".length()));
    }

    static byte[] csv(List<EnterpriseData> rows) {
        StringBuilder b = new StringBuilder("统一社会信用代码,企业名称,所属市县,行业代码,登记注册类型,从业人员,营业收入（万元）,资产总额（万元）,"
                + "法定代表人,联系人,联系电话,地址,成立日期,经营状态,标签\n");
        for (EnterpriseData d : rows) {
            b.append(String.join(",", d.uscc(), q(d.name()), d.regionCode(), d.industryCode(), n(d.ownershipCode()),
                    n(d.employees()), n(d.revenue() == null ? null : d.revenue().toPlainString()),
                    n(d.assets() == null ? null : d.assets().toPlainString()), q(d.legalRepresentative()),
                    q(d.contactPerson()), n(d.contactPhone()), q(d.address()), n(d.establishedOn()), "在营",
                    q(String.join("、", d.tags())))).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String n(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String q(String s) {
        return s == null ? "" : '"' + s.replace("\"", "\"\"") + '"';
    }
}
