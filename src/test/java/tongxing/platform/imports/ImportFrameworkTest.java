package tongxing.platform.imports;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import tongxing.TongxingTest;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.validation.Violation;
import tongxing.support.Logins;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The framework with a test-only kind of import ("test-item") whose commit writes to a table
 * with a CHECK constraint, or throws on a marked row: a commit that fails midway leaves nothing.
 */
@TongxingTest
class ImportFrameworkTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    Imports imports;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @TestConfiguration
    static class Config {
        @Bean
        TestItemImport testItemImport(JdbcClient jdbc) {
            return new TestItemImport(jdbc);
        }
    }

    /** 名称 (unique in the file), 数量 (an integer); names starting with X are refused by the batch check. */
    static class TestItemImport implements ImportDefinition<TestItemImport.Item> {
        record Item(String name, Integer quantity) {
        }

        private final JdbcClient jdbc;

        TestItemImport(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String kind() {
            return "test-item";
        }

        @Override
        public String titleKey() {
            return "imports.kind.enterprise";
        }

        @Override
        public List<ImportColumn> columns() {
            return List.of(ImportColumn.required("名称", "示例", null), ImportColumn.optional("数量", "1", null));
        }

        @Override
        public boolean mayImport(CurrentUser user) {
            return user.role().isStaff();
        }

        @Override
        public RowResult<Item> parse(Map<String, String> row, ImportContext context) {
            RowValues in = new RowValues(row);
            if (in.text("名称") == null) in.reject("名称", "名称不能为空");
            Integer quantity = in.integer("数量");
            return in.violations().isEmpty() ? RowResult.valid(new Item(in.text("名称"), quantity)) : RowResult.invalid(in.violations());
        }

        @Override
        public String keyColumn() {
            return "名称";
        }

        @Override
        public String naturalKey(Map<String, String> row) {
            return row.get("名称");
        }

        @Override
        public Map<Integer, List<Violation>> checkBatch(List<Item> rows, ImportContext context) {
            Map<Integer, List<Violation>> problems = new java.util.HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).name().startsWith("X")) problems.put(i, List.of(new Violation("名称", "X 开头的名称已被占用")));
            }
            return problems;
        }

        @Override
        public ImportCounts commit(Iterator<Item> rows, ImportContext context) {
            int inserted = 0;
            while (rows.hasNext()) {
                Item item = rows.next();
                if (item.name().endsWith("BOOM")) throw new IllegalStateException("boom at " + item.name());
                jdbc.sql("INSERT INTO test_import_item (name, quantity) VALUES (:n, :q)")
                        .param("n", item.name()).param("q", item.quantity()).update();
                inserted++;
            }
            return new ImportCounts(inserted, 0, 0);
        }
    }

    @BeforeEach
    void table() {
        jdbc.sql("CREATE TABLE IF NOT EXISTS test_import_item (name text PRIMARY KEY, quantity integer CHECK (quantity < 1000))").update();
        Logins.runAs(users, "admin");
    }

    @AfterEach
    void logOut() {
        Logins.clear();
    }

    private static String prefix() {
        return "t" + RUN.incrementAndGet() + "-" + System.nanoTime() + "-";
    }

    private long upload(List<List<?>> rows) {
        List<List<?>> all = new ArrayList<>();
        all.add(List.of("名称", "数量"));
        all.addAll(rows);
        return imports.upload("test-item", new MockMultipartFile("file", "items.csv", "text/csv",
                TestSheets.csv(all).getBytes(StandardCharsets.UTF_8)), CurrentUser.require());
    }

    private long stored(String prefix) {
        return jdbc.sql("SELECT count(*) FROM test_import_item WHERE name LIKE :p").param("p", prefix + "%").query(Long.class).single();
    }

    @Test
    void a_database_constraint_broken_midway_rolls_back_every_row_and_the_job_says_so() {
        String p = prefix();
        long id = upload(List.of(List.of(p + "a", "1"), List.of(p + "b", "2"), List.of(p + "c", "5000"), List.of(p + "d", "4")));

        ImportJob job = imports.commit(id, CurrentUser.require());

        assertThat(job.status()).isEqualTo(ImportJobStatus.FAILED);
        assertThat(job.message()).contains("已全部撤销");
        assertThat(stored(p)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE action = 'IMPORT' AND entity_type = 'import' AND entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isZero();
        assertThatThrownBy(() -> imports.commit(id, CurrentUser.require()))
                .isInstanceOfSatisfying(ImportProblem.class, e -> assertThat(e.messageKey()).isEqualTo("imports.commit.already.FAILED"));
    }

    @Test
    void a_definition_that_throws_midway_leaves_no_rows() {
        String p = prefix();
        long id = upload(List.of(List.of(p + "a", "1"), List.of(p + "b", "2"), List.of(p + "BOOM", "3")));

        ImportJob job = imports.commit(id, CurrentUser.require());

        assertThat(job.status()).isEqualTo(ImportJobStatus.FAILED);
        assertThat(job.message()).isEqualTo("提交时出错，已全部撤销。系统已记录该错误，请稍后重试或联系管理员。");
        assertThat(stored(p)).isZero();
    }

    @Test
    void a_large_file_is_checked_across_batches_and_only_valid_rows_are_committed() {
        String p = prefix();
        List<List<?>> rows = new ArrayList<>();
        int n = 25_000;
        for (int i = 0; i < n; i++) {
            String name = i == 2_500 ? "X" + p : p + i;                          // row 2502: refused by the batch check
            rows.add(List.of(name, i == 7_000 ? "七" : String.valueOf(i % 1000))); // row 7002: not a number
        }
        rows.add(List.of(p + 0, "1"));                                           // row 25002: duplicate of row 2

        long id = upload(rows);

        ImportJob job = imports.job(id, CurrentUser.require());
        assertThat(job.totalRows()).isEqualTo(n + 1);
        assertThat(job.errorRows()).isEqualTo(3);
        assertThat(job.validRows()).isEqualTo(n - 2);
        assertThat(imports.errors(job, 10)).extracting(ImportError::rowNumber, ImportError::column, ImportError::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2502, "名称", "X 开头的名称已被占用"),
                        org.assertj.core.groups.Tuple.tuple(7002, "数量", "数量应为整数，实际为“七”"),
                        org.assertj.core.groups.Tuple.tuple(25002, "名称", "与第2行重复"));

        ImportJob committed = imports.commit(id, CurrentUser.require());

        assertThat(committed.status()).isEqualTo(ImportJobStatus.COMMITTED);
        assertThat(committed.insertedRows()).isEqualTo(n - 2);
        assertThat(stored(p)).isEqualTo(n - 2);
    }

    @Test
    void two_simultaneous_commits_of_one_job_save_the_rows_once() throws Exception {
        String p = prefix();
        long id = upload(List.of(List.of(p + "a", "1"), List.of(p + "b", "2")));
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> attempt = () -> {
            Logins.runAs(users, "admin");
            start.await();
            try {
                return imports.commit(id, CurrentUser.require()).status().name();
            } catch (ImportProblem e) {
                return e.messageKey();
            } finally {
                Logins.clear();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> one = pool.submit(attempt), two = pool.submit(attempt);
            start.countDown();
            assertThat(List.of(one.get(60, TimeUnit.SECONDS), two.get(60, TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder("COMMITTED", "imports.commit.already.COMMITTED");
        } finally {
            pool.shutdownNow();
        }
        assertThat(stored(p)).isEqualTo(2);
    }

    @Test
    void file_level_problems_keep_nothing() {
        long before = jdbc.sql("SELECT count(*) FROM platform_import_job").query(Long.class).single();
        assertThatThrownBy(() -> upload(List.of()))
                .isInstanceOfSatisfying(ImportProblem.class, e -> assertThat(e.messageKey()).isEqualTo("imports.file.noData"));
        assertThatThrownBy(() -> imports.upload("test-item", new MockMultipartFile("file", "a.pdf", "application/pdf",
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)), CurrentUser.require()))
                .isInstanceOfSatisfying(ImportProblem.class, e -> assertThat(e.messageKey()).isEqualTo("imports.file.unsupported"));
        assertThatThrownBy(() -> imports.upload("test-item", new MockMultipartFile("file", "a.csv", "text/csv", new byte[0]),
                CurrentUser.require()))
                .isInstanceOfSatisfying(ImportProblem.class, e -> assertThat(e.messageKey()).isEqualTo("imports.file.none"));
        assertThat(jdbc.sql("SELECT count(*) FROM platform_import_job").query(Long.class).single()).isEqualTo(before);
    }
}
