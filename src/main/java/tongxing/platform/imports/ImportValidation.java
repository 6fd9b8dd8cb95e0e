package tongxing.platform.imports;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tongxing.platform.imports.excel.ErrorReportWriter;
import tongxing.platform.imports.table.TableReader;
import tongxing.platform.imports.table.TableRow;
import tongxing.platform.validation.Violation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads an uploaded file once, row by row, and checks every row: the definition's parse (on
 * several cores when the definition allows it), the natural key against the rows above it, and
 * the definition's batch check against stored data. Errors go to the database and to the error
 * report as they are found, valid rows to the stage of a {@link StagedImport}; only the natural
 * keys are kept for the whole file.
 */
@Component
class ImportValidation {

    static final int BATCH = 1000;

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
        } finally {
            run.closeReport();
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
        final List<Pending<T>> batch = new ArrayList<>(BATCH);
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
        }

        void accept(TableRow row) {
            total++;
            Map<String, String> values = layout.values(row);
            Pending<T> p = new Pending<>(row, values, isTemplateExample(values));
            if (!p.example && keys != null) {
                // In file order, so that the first row of a key keeps it whatever the rows' errors.
                String key = definition.naturalKey(values);
                p.duplicateOf = key == null ? -1 : keys.putIfAbsent(key, row.number());
            }
            batch.add(p);
            if (batch.size() == BATCH) flush();
        }

        /** The definition's parse of one row, then the file-level reasons (example row, duplicate key). */
        private void parse(Pending<T> p) {
            if (p.example) {
                p.violations.add(new Violation(definition.columns().get(0).header(), text("imports.row.example")));
                return;
            }
            RowResult<T> result = definition.parse(p.values, context);
            if (result instanceof RowResult.Valid<T> v) p.value = v.value();
            else p.violations.addAll(((RowResult.Invalid<T>) result).violations());
            if (p.duplicateOf >= 0) {
                p.violations.add(new Violation(definition.keyColumn(), text("imports.row.duplicate", String.valueOf(p.duplicateOf))));
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

        void flush() {
            if (batch.isEmpty()) return;
            if (definition.parsesRowsIndependently()) batch.parallelStream().forEach(this::parse);
            else batch.forEach(this::parse);
            List<T> candidates = new ArrayList<>();
            List<Pending<T>> owners = new ArrayList<>();
            for (Pending<T> p : batch) {
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
            for (Pending<T> p : batch) {
                if (p.violations.isEmpty()) {
                    valid++;
                    if (validRows != null) validRows.add(p.value);
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
            if (validRows != null && !validRows.isEmpty()) stage.accept(validRows);
            batch.clear();
        }

        private ErrorReportWriter report() {
            if (report == null) {
                report = new ErrorReportWriter(errorReport, text("imports.errors.sheet"), layout.headerCells(),
                        text("imports.errors.reasonHeader"));
            }
            return report;
        }

        void closeReport() {
            if (report != null) report.close();
        }

        private String text(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }
    }

    private static final class Pending<T> {
        final TableRow row;
        final Map<String, String> values;
        final boolean example;
        final List<Violation> violations = new ArrayList<>();
        int duplicateOf = -1;
        T value;

        Pending(TableRow row, Map<String, String> values, boolean example) {
            this.row = row;
            this.values = values;
            this.example = example;
        }
    }
}
