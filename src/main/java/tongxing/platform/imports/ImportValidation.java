package tongxing.platform.imports;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tongxing.platform.imports.excel.ErrorReportWriter;
import tongxing.platform.imports.table.TableReader;
import tongxing.platform.imports.table.TableRow;
import tongxing.platform.validation.Violation;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Reads an uploaded file once, row by row, and checks every row: the definition's parse, the
 * natural key against the rows above it, and the definition's batch check against stored data.
 * Errors go to the database and to the error report as they are found, valid rows to the stage
 * of a {@link StagedImport}; only the natural keys are kept for the whole file.
 *
 * <p>When the definition parses rows independently, the request's thread only reads the file
 * (the CSV or XLSX parser) and hands batches of rows to a small pool of workers, which turn cells
 * into values, parse and validate the rows and let the stage prepare them (e.g. encode them for
 * COPY). The request's thread then finishes the batches strictly in file order: the natural keys
 * (the first row of a key keeps it), the batch check, the errors, the report and the stage, all of
 * which need the request's transaction or an order. The outcome is the same as row by row.
 */
@Component
class ImportValidation {

    static final int BATCH = 1000;
    /** Worker threads of one validation: the reading thread keeps a core of its own on small machines too. */
    static final int WORKERS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /** Batches read ahead of the one being finished: enough to keep the workers busy, little memory. */
    static final int IN_FLIGHT = WORKERS * 2;

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ImportJobs jobs;
    private final MessageSource messages;

    ImportValidation(ImportJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    record Outcome(int total, int valid, int errorRows, boolean reportWritten) {
    }

    /**
     * @param stage where the valid rows go as they are found (a {@link StagedImport}), or null
     */
    <T> Outcome run(ImportDefinition<T> definition, TableReader reader, HeaderLayout layout, ImportContext context,
                    Path errorReport, Locale locale, ImportStage<T> stage) {
        Run<T> run = new Run<>(definition, layout, context, errorReport, locale, stage);
        try {
            while (reader.hasNext()) {
                TableRow row = reader.next();
                if (!row.blank()) run.accept(row);
            }
            run.flush();
            run.drain();
        } finally {
            run.close();
        }
        if (run.total == 0) throw new ImportProblem("imports.file.noData");
        return new Outcome(run.total, run.valid, run.errorRows, run.report != null);
    }

    private final class Run<T> {
        final ImportDefinition<T> definition;
        final HeaderLayout layout;
        final ImportContext context;
        final Path errorReport;
        final Locale locale;
        final ImportStage<T> stage;
        final KeyIndex keys;
        final Map<String, String> example = new LinkedHashMap<>();
        final List<Map.Entry<String, String>> exampleCells;
        final ExecutorService workers;
        final ArrayDeque<Future<List<Pending<T>>>> inFlight = new ArrayDeque<>();
        List<Pending<T>> batch = new ArrayList<>(BATCH);
        ErrorReportWriter report;
        int total, valid, errorRows;

        Run(ImportDefinition<T> definition, HeaderLayout layout, ImportContext context, Path errorReport, Locale locale,
            ImportStage<T> stage) {
            this.definition = definition;
            this.stage = stage;
            this.layout = layout;
            this.context = context;
            this.errorReport = errorReport;
            this.locale = locale;
            this.keys = definition.keyColumn() == null ? null : new KeyIndex();
            definition.columns().forEach(c -> example.put(c.header(), c.example()));
            exampleCells = example.entrySet().stream().filter(e -> e.getValue() != null).map(e -> Map.entry(e.getKey(), e.getValue())).toList();
            workers = definition.parsesRowsIndependently() ? Executors.newFixedThreadPool(WORKERS, workerThreads()) : null;
        }

        void accept(TableRow row) {
            total++;
            batch.add(new Pending<>(row));
            if (batch.size() == BATCH) flush();
        }

        /** Hands the batch read so far to the workers (or parses it here), finishing the oldest batches. */
        void flush() {
            if (batch.isEmpty()) return;
            List<Pending<T>> rows = batch;
            batch = new ArrayList<>(BATCH);
            if (workers == null) {
                rows.forEach(this::prepare);
                finish(rows);
                return;
            }
            inFlight.add(workers.submit(() -> {
                rows.forEach(this::prepare);
                return rows;
            }));
            while (inFlight.size() > IN_FLIGHT) finish(await(inFlight.poll()));
        }

        void drain() {
            while (!inFlight.isEmpty()) finish(await(inFlight.poll()));
        }

        private List<Pending<T>> await(Future<List<Pending<T>>> f) {
            try {
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while validating", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
                throw new IllegalStateException(e.getCause());
            }
        }

        /**
         * What a row says on its own (any thread): its values, whether it is the template's example,
         * its natural key, the definition's parse, and the stage's preparation of a parsed row.
         */
        private void prepare(Pending<T> p) {
            p.values = layout.values(p.row);
            p.example = isTemplateExample(p.values);
            if (p.example) {
                p.violations.add(new Violation(definition.columns().get(0).header(), text("imports.row.example")));
                return;
            }
            // Read from the raw cells, so that a row that is wrong elsewhere still claims its key.
            if (keys != null) p.key = definition.naturalKey(p.values);
            RowResult<T> result = definition.parse(p.values, context);
            if (result instanceof RowResult.Valid<T> v) {
                p.value = v.value();
                if (stage != null) p.prepared = stage.prepare(p.value);
            } else {
                p.violations.addAll(((RowResult.Invalid<T>) result).violations());
            }
        }

        /** The template's example row left in the file: never import it by mistake. */
        private boolean isTemplateExample(Map<String, String> values) {
            if (exampleCells.isEmpty()) return false;
            for (Map.Entry<String, String> e : exampleCells) { // per row: a plain loop, no streams
                if (!e.getValue().equals(values.get(e.getKey()))) return false;
            }
            return true;
        }

        /** The file-level checks of a parsed batch, in file order, on the request's thread. */
        private void finish(List<Pending<T>> rows) {
            if (keys != null) {
                for (Pending<T> p : rows) {
                    // In file order, so that the first row of a key keeps it whatever the rows' errors.
                    int duplicateOf = p.key == null ? -1 : keys.putIfAbsent(p.key, p.row.number());
                    if (duplicateOf >= 0) {
                        p.violations.add(new Violation(definition.keyColumn(), text("imports.row.duplicate", String.valueOf(duplicateOf))));
                    }
                }
            }
            List<T> candidates = new ArrayList<>();
            List<Pending<T>> owners = new ArrayList<>();
            for (Pending<T> p : rows) {
                if (p.violations.isEmpty()) {
                    candidates.add(p.value);
                    owners.add(p);
                }
            }
            if (!candidates.isEmpty()) {
                definition.checkBatch(candidates, context).forEach((i, v) -> owners.get(i).violations.addAll(v));
            }
            List<ImportJobs.RowError> errors = new ArrayList<>();
            List<T> validRows = stage == null ? null : new ArrayList<>(candidates.size());
            List<Object> prepared = stage == null ? null : new ArrayList<>(candidates.size());
            for (Pending<T> p : rows) {
                if (p.violations.isEmpty()) {
                    valid++;
                    if (validRows != null) {
                        validRows.add(p.value);
                        prepared.add(p.prepared);
                    }
                    continue;
                }
                errorRows++;
                Set<Integer> badColumns = new HashSet<>();
                for (Violation v : p.violations) {
                    int column = layout.indexOf(v.field());
                    if (column >= 0) badColumns.add(column);
                    errors.add(new ImportJobs.RowError(p.row.number(), column, v.field(), p.values.get(v.field()), v.reason()));
                }
                report().write(p.row.cells(), badColumns, p.violations.stream()
                        .map(v -> v.field() == null ? v.reason() : v.field() + "：" + v.reason())
                        .collect(Collectors.joining("；")));
            }
            jobs.insertErrors(context.jobId(), errors);
            if (validRows != null && !validRows.isEmpty()) stage.acceptPrepared(validRows, prepared);
        }

        private ErrorReportWriter report() {
            if (report == null) {
                report = new ErrorReportWriter(errorReport, text("imports.errors.sheet"), layout.headerCells(),
                        text("imports.errors.reasonHeader"));
            }
            return report;
        }

        void close() {
            try {
                if (workers != null) {
                    inFlight.forEach(f -> f.cancel(true));
                    workers.shutdownNow();
                }
            } finally {
                if (report != null) report.close();
            }
        }

        private String text(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }
    }

    private static ThreadFactory workerThreads() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "import-validation-" + pool + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static final class Pending<T> {
        final TableRow row;
        final List<Violation> violations = new ArrayList<>();
        Map<String, String> values;
        boolean example;
        String key;
        T value;
        Object prepared;

        Pending(TableRow row) {
            this.row = row;
        }
    }
}
