package tongxing.wage.feedback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.security.Scope;
import tongxing.wage.guideline.Dimension;
import tongxing.wage.guideline.DimensionLabels;
import tongxing.wage.guideline.Edition;
import tongxing.wage.guideline.Editions;
import tongxing.wage.guideline.GuidelineCells;
import tongxing.wage.guideline.GuidelineRow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Generates the feedback reports of a batch: reads every accepted enterprise's pay by occupation
 * and the edition's market cells once, then renders the PDFs on a bounded pool of two threads and
 * stores each as soon as it is ready (regenerating keeps the delivery record).
 *
 * <p>A run resumes: the enterprises whose report this batch already stored are skipped and counted
 * as done, so a batch interrupted by a restart or a crash continues where it stopped. Each run counts
 * as an attempt; after {@link #MAX_ATTEMPTS} the batch is marked failed instead of looping on a
 * batch that kills its node.
 */
@Component
class FeedbackGeneration {

    private static final Logger log = LoggerFactory.getLogger(FeedbackGeneration.class);
    static final int RENDER_THREADS = 2;
    static final int MAX_ATTEMPTS = 3;

    /** The run was interrupted (shutdown): the batch stays running and is resumed by the scheduler. */
    static final class Interrupted extends RuntimeException {
        Interrupted(long batchId) {
            super("feedback batch " + batchId + " interrupted; it resumes at the next run");
        }
    }

    private final JdbcClient jdbc;
    private final Editions editions;
    private final GuidelineCells cells;
    private final DimensionLabels labels;
    private final EnterpriseRegistry registry;
    private final FeedbackPdf pdf;

    FeedbackGeneration(JdbcClient jdbc, Editions editions, GuidelineCells cells, DimensionLabels labels,
                       EnterpriseRegistry registry, FeedbackPdf pdf) {
        this.jdbc = jdbc;
        this.editions = editions;
        this.cells = cells;
        this.labels = labels;
        this.registry = registry;
        this.pdf = pdf;
    }

    private record Target(long id, String uscc, String region, String section) {
    }

    private record Own(String occupation, int employees, BigDecimal p50, BigDecimal mean) {
    }

    /** Runs (or resumes) the batch; nothing to do when it already finished or failed. */
    void run(long batchId) {
        FeedbackBatch batch = jdbc.sql("SELECT * FROM wage_feedback_batch WHERE id = :id").param("id", batchId)
                .query(FeedbackReports::mapBatch).optional().orElse(null);
        if (batch == null || !batch.running()) return;
        int attempt = jdbc.sql("UPDATE wage_feedback_batch SET attempts = attempts + 1 WHERE id = :id RETURNING attempts")
                .param("id", batchId).query(Integer.class).single();
        if (attempt > MAX_ATTEMPTS) {
            fail(batchId, "生成已中断 " + MAX_ATTEMPTS + " 次（服务重启或故障），不再自动继续；已生成的 " + batch.done()
                    + " 份报告保留，请重新生成");
            return;
        }
        if (attempt > 1) log.info("Feedback batch {} resumes (attempt {}) at {} of {}", batchId, attempt, batch.done(), batch.total());
        try {
            generate(batch);
            jdbc.sql("UPDATE wage_feedback_batch SET status = 'FINISHED', finished_at = now() WHERE id = :id AND status = 'RUNNING'")
                    .param("id", batchId).update();
        } catch (Interrupted e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("Feedback batch {} failed", batchId, e);
            fail(batchId, "生成失败：" + e.getMessage());
            throw e;
        }
    }

    /** Marks a running batch failed with the reason the page shows; returns 1 when it was running. */
    int fail(long batchId, String reason) {
        return jdbc.sql("""
                        UPDATE wage_feedback_batch SET status = 'FAILED', finished_at = now(), error = :error
                        WHERE id = :id AND status = 'RUNNING'""")
                .param("error", reason.length() > 1000 ? reason.substring(0, 1000) : reason).param("id", batchId).update();
    }

    private void generate(FeedbackBatch batch) {
        Edition edition = editions.get(batch.editionId());
        // what this batch stored before an interruption is done: only the rest is rendered
        int already = jdbc.sql("""
                        SELECT count(*) FROM wage_feedback_report f JOIN wage_survey_enterprise e ON e.id = f.survey_enterprise_id
                        WHERE f.batch_id = :batch AND e.year = :year AND e.status = 'ACCEPTED'""")
                .param("batch", batch.id()).param("year", batch.year()).query(Integer.class).single();
        List<Target> targets = jdbc.sql("""
                        SELECT e.id, e.uscc, e.region_code, e.industry_section FROM wage_survey_enterprise e
                        WHERE e.year = :year AND e.status = 'ACCEPTED'
                          AND NOT EXISTS (SELECT 1 FROM wage_feedback_report f WHERE f.survey_enterprise_id = e.id AND f.batch_id = :batch)
                        ORDER BY e.id""")
                .param("year", batch.year()).param("batch", batch.id())
                .query((rs, n) -> new Target(rs.getLong(1), rs.getString(2).trim(), rs.getString(3), rs.getString(4))).list();
        int total = already + targets.size();
        jdbc.sql("UPDATE wage_feedback_batch SET total = :total, done = :done WHERE id = :id")
                .param("total", total).param("done", already).param("id", batch.id()).update();
        Map<Long, List<Own>> own = ownPay(batch.year());
        MarketCells market = new MarketCells(cells.cellsFor(edition.id(),
                List.of(Dimension.INDUSTRY_REGION, Dimension.INDUSTRY, Dimension.PROVINCE)), labels);
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < targets.size(); i += 1000) {
            names.putAll(registry.names(Scope.province(),
                    targets.subList(i, Math.min(targets.size(), i + 1000)).stream().map(Target::uscc).toList()));
        }
        AtomicInteger done = new AtomicInteger(already);
        ExecutorService pool = Executors.newFixedThreadPool(RENDER_THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Target t : targets) {
                futures.add(pool.submit(() -> {
                    try {
                        List<FeedbackLine> lines = lines(t, own.getOrDefault(t.id(), List.of()), market);
                        byte[] bytes = pdf.render(batch.year(), edition.label(), names.getOrDefault(t.uscc(), t.uscc()), t.uscc(), lines);
                        store(batch, edition, t, bytes);
                    } catch (RuntimeException e) {
                        throw new IllegalStateException("企业 " + t.uscc() + " 的报告：" + e.getMessage(), e);
                    }
                    int n = done.incrementAndGet();
                    if (n % 25 == 0 || n == total)
                        jdbc.sql("UPDATE wage_feedback_batch SET done = greatest(done, :done) WHERE id = :id")
                                .param("done", n).param("id", batch.id()).update();
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Interrupted(batch.id());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<FeedbackLine> lines(Target t, List<Own> own, MarketCells market) {
        List<FeedbackLine> lines = new ArrayList<>();
        for (Own o : own) {
            var match = market.closest(o.occupation(), t.section(), t.region());
            if (match.isPresent()) {
                GuidelineRow r = match.get().row();
                lines.add(new FeedbackLine(o.occupation(), r.displayName(), o.employees(), o.p50(), o.mean(),
                        match.get().scope(), r.p25(), r.p50(), r.p75()));
            } else {
                lines.add(new FeedbackLine(o.occupation(), o.occupation(), o.employees(), o.p50(), o.mean(), null, null, null, null));
            }
        }
        return lines;
    }

    /** Each accepted enterprise's median (percentile_cont, as the guidelines) and mean by unit occupation. */
    private Map<Long, List<Own>> ownPay(int year) {
        Map<Long, List<Own>> out = new HashMap<>();
        jdbc.sql("""
                        SELECT r.survey_enterprise_id, r.occupation_code, count(*) AS n,
                               percentile_cont(0.5) WITHIN GROUP (ORDER BY CAST(r.annual_pay AS float8)) AS p50,
                               avg(r.annual_pay) AS mean
                        FROM wage_employee_record r JOIN wage_survey_enterprise e ON e.id = r.survey_enterprise_id
                        WHERE e.year = :year AND e.status = 'ACCEPTED'
                        GROUP BY r.survey_enterprise_id, r.occupation_code
                        ORDER BY r.survey_enterprise_id, r.occupation_code""")
                .param("year", year)
                .query((ResultSet rs) -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Own(rs.getString(2), rs.getInt(3),
                            BigDecimal.valueOf(rs.getDouble(4)).setScale(2, RoundingMode.HALF_UP),
                            rs.getBigDecimal(5).setScale(2, RoundingMode.HALF_UP)));
                });
        return out;
    }

    private void store(FeedbackBatch batch, Edition edition, Target t, byte[] bytes) {
        jdbc.sql("""
                        INSERT INTO wage_feedback_report (year, survey_enterprise_id, uscc, region_code, edition_id, batch_id, pdf)
                        VALUES (:year, :ent, :uscc, :region, :edition, :batch, :pdf)
                        ON CONFLICT (survey_enterprise_id) DO UPDATE SET pdf = EXCLUDED.pdf, edition_id = EXCLUDED.edition_id,
                            batch_id = EXCLUDED.batch_id, generated_at = now(), region_code = EXCLUDED.region_code""")
                .param("year", batch.year()).param("ent", t.id()).param("uscc", t.uscc()).param("region", t.region())
                .param("edition", edition.id()).param("batch", batch.id()).param("pdf", bytes).update();
    }
}
