package tongxing.platform.imports;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import tongxing.TongxingTest;
import tongxing.platform.imports.table.TableFormat;
import tongxing.platform.imports.table.TableReader;
import tongxing.platform.imports.table.TableRow;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.validation.Violation;
import tongxing.support.Logins;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows parsed, validated and prepared on the validation's worker pool give exactly what the same
 * definition gives row by row on one thread: the same counts, row errors (file-order duplicates:
 * the first row of a key keeps it), error report and staged rows in file order, with each row's
 * own prepared value — on a file whose errors are spread over several batches.
 */
@TongxingTest
class ParallelValidationTest {

    @Autowired
    ImportValidation validation;
    @Autowired
    ImportJobs jobs;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void logIn() {
        Logins.runAs(users, "admin");
    }

    @AfterEach
    void logOut() {
        Logins.clear();
    }

    record Item(String name, Integer quantity, int row) {
    }

    /** 名称 (unique in the file), 数量 (an integer); names starting with X are refused by the batch check. */
    static final class Items implements ImportDefinition<Item> {
        final boolean independent;
        final List<String> parsedOn = Collections.synchronizedList(new ArrayList<>());

        Items(boolean independent) {
            this.independent = independent;
        }

        @Override
        public String kind() {
            return "parallel-test";
        }

        @Override
        public String titleKey() {
            return "imports.kind.enterprise";
        }

        @Override
        public List<ImportColumn> columns() {
            return List.of(ImportColumn.required("名称", "示例名称", null), ImportColumn.optional("数量", "1", null),
                    ImportColumn.optional("行", null, null));
        }

        @Override
        public boolean mayImport(CurrentUser user) {
            return true;
        }

        @Override
        public boolean parsesRowsIndependently() {
            return independent;
        }

        @Override
        public RowResult<Item> parse(Map<String, String> row, ImportContext context) {
            parsedOn.add(Thread.currentThread().getName());
            RowValues in = new RowValues(row);
            if (in.text("名称") == null) in.reject("名称", "名称不能为空");
            Integer quantity = in.integer("数量");
            if (quantity != null && quantity < 0) in.reject("数量", "数量不能为负数");
            return in.violations().isEmpty()
                    ? RowResult.valid(new Item(in.text("名称"), quantity, Integer.parseInt(in.text("行"))))
                    : RowResult.invalid(in.violations());
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
            Map<Integer, List<Violation>> problems = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).name().startsWith("X")) problems.put(i, List.of(new Violation("名称", "X 开头的名称已被占用")));
            }
            return problems;
        }

        @Override
        public ImportCounts commit(Iterator<Item> rows, ImportContext context) {
            throw new UnsupportedOperationException();
        }
    }

    /** Keeps what it is given; prepares each row as "row number:name". */
    static final class Recorder implements ImportStage<Item> {
        final List<Item> rows = new ArrayList<>();
        final List<Object> prepared = new ArrayList<>();

        @Override
        public void accept(List<Item> batch) {
            rows.addAll(batch);
            batch.forEach(i -> prepared.add(null));
        }

        @Override
        public Object prepare(Item row) {
            return row.row() + ":" + row.name();
        }

        @Override
        public void acceptPrepared(List<Item> batch, List<Object> values) {
            rows.addAll(batch);
            prepared.addAll(values);
        }

        @Override
        public void complete() {
        }

        @Override
        public void close() {
        }
    }

    record Result(ImportValidation.Outcome outcome, List<ImportError> errors, List<List<String>> report, Recorder stage) {
    }

    Result validate(Path csv, Items definition) throws Exception {
        CurrentUser user = CurrentUser.require();
        long job = jobs.create(definition.kind(), "items.csv", "none", user);
        Path report = Files.createTempFile("parallel-validation", ".xlsx");
        Recorder stage = new Recorder();
        ImportValidation.Outcome outcome;
        try (TableReader reader = TableFormat.ofStoredFile(csv).open(csv)) {
            HeaderLayout layout = HeaderLayout.read(reader, definition.columns());
            outcome = validation.run(definition, reader, layout, new ImportContext(job, user, "items.csv"), report,
                    Locale.SIMPLIFIED_CHINESE, stage);
        }
        List<List<String>> reportRows = new ArrayList<>();
        if (outcome.reportWritten()) {
            try (TableReader reader = TableFormat.ofStoredFile(report).open(report)) {
                while (reader.hasNext()) {
                    TableRow row = reader.next();
                    reportRows.add(row.cells());
                }
            }
        }
        Files.deleteIfExists(report);
        return new Result(outcome, jobs.errors(job, 100_000), reportRows, stage);
    }

    @Test
    void the_worker_pool_gives_the_same_outcome_errors_report_and_stage_as_one_thread() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("名称,数量,行");
        int n = 5_500; // six batches
        for (int i = 0; i < n; i++) {
            int row = i + 2;
            String name = "品" + i;
            String quantity = String.valueOf(i % 500);
            if (i % 997 == 3) quantity = "七";                         // not a number, in every batch
            if (i % 1_231 == 10) name = "X" + i;                      // refused by the batch check
            if (i % 1_500 == 1_200) name = "品" + (i - 1_100);         // duplicate of a row of an earlier batch
            if (i == 4_321) { name = "品7"; quantity = "-1"; }         // duplicate and wrong: both reasons, in this order
            if (i == 2_000) { name = "示例名称"; quantity = "1"; }      // the template's example row
            if (i == 3_000) name = "";                                // no name: no key claimed
            lines.add(name + "," + quantity + "," + row);
        }
        Path csv = Files.createTempFile("parallel-validation", ".csv");
        Files.writeString(csv, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        try {
            Items pooled = new Items(true);
            Result parallel = validate(csv, pooled);
            Result sequential = validate(csv, new Items(false));

            assertThat(pooled.parsedOn).allMatch(t -> t.startsWith("import-validation-"));
            assertThat(parallel.outcome()).isEqualTo(sequential.outcome());
            assertThat(parallel.outcome().total()).isEqualTo(n);
            assertThat(parallel.outcome().errorRows()).isBetween(15, 40);
            assertThat(parallel.errors()).isEqualTo(sequential.errors()).hasSizeGreaterThan(15);
            assertThat(parallel.errors()).extracting(ImportError::rowNumber, ImportError::reason)
                    .contains(org.assertj.core.groups.Tuple.tuple(1_202, "与第102行重复"),
                            org.assertj.core.groups.Tuple.tuple(4_323, "数量不能为负数"),
                            org.assertj.core.groups.Tuple.tuple(4_323, "与第9行重复"),
                            org.assertj.core.groups.Tuple.tuple(2_002, "这是模板中的示例行，请删除后再导入"));
            assertThat(parallel.report()).isEqualTo(sequential.report()).hasSizeGreaterThan(parallel.outcome().errorRows());

            assertThat(parallel.stage().rows).isEqualTo(sequential.stage().rows).hasSize(parallel.outcome().valid());
            assertThat(parallel.stage().rows).extracting(Item::row).isSorted();
            for (int i = 0; i < parallel.stage().rows.size(); i++) {
                Item item = parallel.stage().rows.get(i);
                assertThat(parallel.stage().prepared.get(i)).isEqualTo(item.row() + ":" + item.name());
            }
        } finally {
            Files.deleteIfExists(csv);
        }
    }
}
