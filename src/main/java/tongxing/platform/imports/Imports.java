package tongxing.platform.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.imports.table.TableFormat;
import tongxing.platform.imports.table.TableReader;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.i18n.Texts;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.platform.web.NotFoundException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The import use cases: upload and validate a file, commit its valid rows once (all or
 * nothing), cancel, and read jobs and their errors. Only the uploader or a province
 * administrator reaches a job; to anyone else it does not exist.
 */
@Service
public class Imports {

    private static final Logger log = LoggerFactory.getLogger(Imports.class);
    /**
     * Row reasons, failure messages and error reports are stored and shared (the office reads a
     * bureau's report), and the domain rules speak Chinese: they are written in Chinese whatever
     * the language of the screen.
     */
    private static final Locale STORED_TEXT = Locale.SIMPLIFIED_CHINESE;

    private final ImportDefinitions definitions;
    private final ImportJobs jobs;
    private final ImportStorage storage;
    private final ImportValidation validation;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final MessageSource messages;

    Imports(ImportDefinitions definitions, ImportJobs jobs, ImportStorage storage, ImportValidation validation,
            TransactionTemplate tx, AuditLog audit, MessageSource messages) {
        this.definitions = definitions;
        this.jobs = jobs;
        this.storage = storage;
        this.validation = validation;
        this.tx = tx;
        this.audit = audit;
        this.messages = messages;
    }

    /**
     * Stores the file and validates every row in one transaction: either a VALIDATED job with
     * its row errors exists afterwards, or (for a file-level problem) nothing does.
     *
     * @return the job id
     */
    public long upload(String kind, MultipartFile file, CurrentUser user) {
        ImportDefinition<?> definition = definitions.require(kind, user);
        if (file == null || file.isEmpty()) throw new ImportProblem("imports.file.none");
        String fileName = displayName(file.getOriginalFilename());
        ImportStorage.Stored stored = storage.store(file);
        long[] created = {-1};
        try {
            Long id = Texts.inWorkingLanguage(() -> tx.execute(s -> validate(definition, stored, fileName, user, created)));
            return id;
        } catch (RuntimeException e) {
            storage.delete(stored.name());
            storage.delete(stored.errorReportName());
            // The stage commits just before the validation does: if the latter failed, drop it again.
            if (created[0] >= 0) discardStage(definition, created[0]);
            if (e instanceof ImportProblem) throw e;
            log.warn("Validating import file {} for {} failed", fileName, user.username(), e);
            throw new ImportProblem(e, "imports.file.failed");
        }
    }

    private <T> long validate(ImportDefinition<T> definition, ImportStorage.Stored stored, String fileName, CurrentUser user,
                              long[] created) {
        try (TableReader reader = stored.format().open(stored.path())) {
            HeaderLayout layout = HeaderLayout.read(reader, definition.columns());
            long id = jobs.create(definition.kind(), fileName, stored.name(), user);
            created[0] = id;
            ImportContext context = new ImportContext(id, user, fileName);
            ImportStage<T> stage = definition instanceof StagedImport<T> staged ? staged.openStage(context) : null;
            try {
                ImportValidation.Outcome outcome = validation.run(definition, reader, layout, context,
                        storage.resolve(stored.errorReportName()), STORED_TEXT, stage);
                jobs.validated(id, outcome.total(), outcome.valid(), outcome.errorRows(),
                        outcome.reportWritten() ? stored.errorReportName() : null);
                if (stage != null) stage.complete();
            } finally {
                if (stage != null) stage.close();
            }
            return id;
        }
    }

    /**
     * Saves the valid rows of a validated job through its definition, in one transaction. A
     * failure rolls everything back and leaves the job FAILED with a readable message, except an
     * {@link ImportRetryLater}: then the job stays VALIDATED, its stage and file are kept, and the
     * problem is thrown for the user to read and commit again later.
     */
    public ImportJob commit(long id, CurrentUser user) {
        ImportJob job = job(id, user);
        ImportDefinition<?> definition = definitions.require(job.kind(), user);
        if (job.status() != ImportJobStatus.VALIDATED) throw new ImportProblem("imports.commit.already." + job.status());
        if (job.validRows() == 0) throw new ImportProblem("imports.commit.noValid");
        Boolean claimed;
        try {
            claimed = Texts.inWorkingLanguage(() -> tx.execute(s -> commit(definition, job, user)));
        } catch (ImportRetryLater e) {
            throw e;
        } catch (RuntimeException e) {
            String message = failureMessage(e);
            tx.execute(s -> jobs.failed(id, message));
            storage.delete(job.storedPath());
            discardStage(definition, id);
            return jobs.find(id).orElseThrow();
        }
        if (!Boolean.TRUE.equals(claimed)) {
            throw new ImportProblem("imports.commit.already." + jobs.find(id).orElseThrow().status());
        }
        storage.delete(job.storedPath());
        return jobs.find(id).orElseThrow();
    }

    private <T> boolean commit(ImportDefinition<T> definition, ImportJob job, CurrentUser user) {
        // The row lock taken here makes a second, concurrent commit wait and then find the job done.
        if (!jobs.claimForCommit(job.id())) return false;
        ImportContext context = new ImportContext(job.id(), user, job.fileName());
        ImportCounts counts = definition instanceof StagedImport<T> staged
                ? staged.commitStaged(context, job.validRows())
                : commitFromFile(definition, job, context);
        jobs.committed(job.id(), counts);
        audit.record(AuditAction.IMPORT, "import", String.valueOf(job.id()), auditSummary(job, counts), null,
                auditDetails(job, counts));
        return true;
    }

    /** Reads the stored file again and hands its valid rows to the definition. */
    private <T> ImportCounts commitFromFile(ImportDefinition<T> definition, ImportJob job, ImportContext context) {
        BitSet badRows = jobs.errorRows(job.id());
        Path file = storage.resolve(job.storedPath());
        if (!Files.isRegularFile(file)) throw new ImportProblem("imports.commit.fileGone");
        try (TableReader reader = TableFormat.ofStoredFile(file).open(file)) {
            HeaderLayout layout = HeaderLayout.read(reader, definition.columns());
            CommitRows<T> rows = new CommitRows<>(reader, layout, badRows, definition, context);
            ImportCounts counts = definition.commit(rows, context);
            if (rows.hasNext() || rows.yielded() != job.validRows()) throw new ImportProblem("imports.commit.countMismatch");
            return counts;
        }
    }

    public void cancel(long id, CurrentUser user) {
        ImportJob job = job(id, user);
        if (!jobs.cancelled(id)) throw new ImportProblem("imports.cancel.notAllowed");
        storage.delete(job.storedPath());
        definitions.find(job.kind()).ifPresent(d -> discardStage(d, id));
    }

    private void discardStage(ImportDefinition<?> definition, long jobId) {
        if (!(definition instanceof StagedImport<?> staged)) return;
        try {
            staged.discardStage(jobId);
        } catch (RuntimeException e) {
            log.warn("Could not drop the stage of import job {}", jobId, e);
        }
    }

    /** A job the user may see, or 404. */
    public ImportJob job(long id, CurrentUser user) {
        return jobs.findVisible(id, user).orElseThrow(NotFoundException::new);
    }

    /** The first errors of a job in row and column order. */
    public List<ImportError> errors(ImportJob job, int limit) {
        return jobs.errors(job.id(), limit);
    }

    /** The error report file of a job the user may see, or 404. */
    public Path errorReport(long id, CurrentUser user) {
        ImportJob job = job(id, user);
        if (!job.hasErrorReport()) throw new NotFoundException();
        Path file = storage.resolve(job.errorReportPath());
        if (!Files.isRegularFile(file)) throw new NotFoundException();
        return file;
    }

    public record HistoryPage(List<ImportJob> jobs, long total, int page, int pages) {
        /** For the shared pager. */
        public int pageCount() {
            return pages;
        }
    }

    /** Import history newest first: everything (province administrators), the region's (city staff), else one's own. */
    public HistoryPage history(CurrentUser user, int page, int size) {
        long total = jobs.count(user);
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int p = Math.min(Math.max(page, 1), pages);
        return new HistoryPage(jobs.history(user, (p - 1) * size, size), total, p, pages);
    }

    /** May the user open this job (the history shows colleagues' jobs without a link). */
    public boolean mayOpen(ImportJob job, CurrentUser user) {
        return ImportJobs.mayOpen(job, user);
    }

    private String failureMessage(RuntimeException e) {
        Locale locale = STORED_TEXT;
        if (e instanceof ImportProblem p) return messages.getMessage(p.messageKey(), p.args(), locale);
        if (e instanceof ValidationException v) {
            return v.violations().stream().map(Violation::reason).distinct().collect(Collectors.joining("；"));
        }
        log.warn("Import commit failed and was rolled back", e);
        String key = e instanceof DataIntegrityViolationException ? "imports.commit.constraint" : "imports.commit.generic";
        return messages.getMessage(key, null, locale);
    }

    private String auditSummary(ImportJob job, ImportCounts c) {
        Locale zh = STORED_TEXT;
        return messages.getMessage("imports.audit.summary", new Object[]{
                messages.getMessage(definitions.titleKey(job.kind()), null, job.kind(), zh), job.fileName(),
                String.valueOf(c.inserted()), String.valueOf(c.updated()), String.valueOf(c.unchanged()),
                String.valueOf(job.errorRows())}, zh);
    }

    private static Map<String, Object> auditDetails(ImportJob job, ImportCounts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", job.kind());
        m.put("fileName", job.fileName());
        m.put("uploadedBy", job.username());
        m.put("totalRows", job.totalRows());
        m.put("validRows", job.validRows());
        m.put("errorRows", job.errorRows());
        m.put("inserted", c.inserted());
        m.put("updated", c.updated());
        m.put("unchanged", c.unchanged());
        return m;
    }

    /** The name the user gave the file, without any client path (old browsers send one). */
    static String displayName(String original) {
        if (original == null || original.isBlank()) return "upload";
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? "upload" : name;
    }
}
