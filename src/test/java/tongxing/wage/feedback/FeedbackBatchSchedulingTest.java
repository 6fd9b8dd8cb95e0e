package tongxing.wage.feedback;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.support.Logins;
import tongxing.wage.guideline.Edition;
import tongxing.wage.guideline.Editions;
import tongxing.wage.guideline.SurveyData;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.wage.guideline.SurveyData.times;

/** The feedback batch as a task of the persistent scheduler: scheduled, run, resumed after a crash, or failed with a reason. */
@TongxingTest
@AutoConfigureMockMvc
class FeedbackBatchSchedulingTest {

    static final int YEAR = 2094;
    static final OffsetDateTime BEFORE_THE_CRASH = OffsetDateTime.of(2001, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @Autowired JdbcClient jdbc;
    @Autowired Editions editions;
    @Autowired FeedbackReports reports;
    @Autowired FeedbackBatchQueue queue;
    @Autowired OneTimeTask<Long> feedbackBatchTask;
    @Autowired SchedulerClient scheduler;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;

    static long editionId;
    static int accepted;

    @BeforeEach
    void publishOnce() {
        Logins.runAs(users, "admin");
        if (editionId != 0) return;
        SurveyData data = SurveyData.year(jdbc, YEAR);
        data.enterprise("460100", "H").pays("4-03-01-01", times(12, 60000));
        data.enterprise("460100", "H").pays("4-03-01-01", times(12, 65000));
        data.enterprise("460200", "H").pays("4-03-01-01", times(12, 70000));
        Edition draft = editions.computeDraft(YEAR);
        editions.submitForReview(draft.id());
        editionId = editions.publish(draft.id()).id();
        accepted = jdbc.sql("SELECT count(*) FROM wage_survey_enterprise WHERE year = :y AND status = 'ACCEPTED'")
                .param("y", YEAR).query(Integer.class).single();
    }

    @AfterEach
    void logOut() {
        Logins.clear();
    }

    /** What the scheduler does when it picks the batch's task instance. */
    private void runAsTheSchedulerWould(long batchId) {
        feedbackBatchTask.execute(feedbackBatchTask.instance(String.valueOf(batchId), batchId), null);
    }

    @Test
    void a_batch_is_written_as_a_one_time_task_of_the_persistent_scheduler_and_generates_every_report_when_run() {
        FeedbackBatch batch = reports.create(YEAR);
        TaskInstanceId id = TaskInstanceId.of(FeedbackTasks.BATCH, String.valueOf(batch.id()));
        try {
            assertThat(queue.schedule(batch.id(), Instant.now().plusSeconds(3600))).isTrue();
            assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'wage-feedback-batch' AND task_instance = :i")
                    .param("i", String.valueOf(batch.id())).query(Integer.class).single()).isEqualTo(1);
            assertThat(scheduler.getScheduledExecution(id)).isPresent();

            runAsTheSchedulerWould(batch.id());

            FeedbackBatch done = reports.batch(batch.id());
            assertThat(done.status()).isEqualTo("FINISHED");
            assertThat(done.total()).isEqualTo(accepted);
            assertThat(done.done()).isEqualTo(accepted);
            assertThat(done.resumed()).isFalse();
        } finally {
            scheduler.cancel(id);
        }
    }

    @Test
    void a_batch_interrupted_by_a_crash_resumes_where_it_stopped_without_rendering_the_stored_reports_again() throws Exception {
        FeedbackBatch batch = reports.create(YEAR);
        long first = jdbc.sql("SELECT min(id) FROM wage_survey_enterprise WHERE year = :y AND status = 'ACCEPTED'")
                .param("y", YEAR).query(Long.class).single();
        // the first run stored one report, then the node died
        jdbc.sql("""
                        INSERT INTO wage_feedback_report (year, survey_enterprise_id, uscc, region_code, edition_id, batch_id, pdf, generated_at)
                        SELECT year, id, uscc, region_code, :edition, :batch, :pdf, :at FROM wage_survey_enterprise WHERE id = :e
                        ON CONFLICT (survey_enterprise_id) DO UPDATE SET batch_id = EXCLUDED.batch_id, pdf = EXCLUDED.pdf,
                            generated_at = EXCLUDED.generated_at""")
                .param("edition", editionId).param("batch", batch.id()).param("pdf", "stored before the crash".getBytes())
                .param("at", BEFORE_THE_CRASH).param("e", first).update();
        jdbc.sql("UPDATE wage_feedback_batch SET attempts = 1, done = 1 WHERE id = :id").param("id", batch.id()).update();

        runAsTheSchedulerWould(batch.id());

        FeedbackBatch done = reports.batch(batch.id());
        assertThat(done.status()).isEqualTo("FINISHED");
        assertThat(done.done()).isEqualTo(accepted);
        assertThat(done.total()).isEqualTo(accepted);
        assertThat(done.resumed()).isTrue();
        assertThat(jdbc.sql("SELECT generated_at FROM wage_feedback_report WHERE survey_enterprise_id = :e").param("e", first)
                .query(OffsetDateTime.class).single()).isEqualTo(BEFORE_THE_CRASH);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM wage_feedback_report WHERE batch_id = :b AND survey_enterprise_id <> :e
                          AND generated_at > :at AND substring(pdf from 1 for 4) = '%PDF'::bytea""")
                .param("b", batch.id()).param("e", first).param("at", BEFORE_THE_CRASH).query(Integer.class).single())
                .isEqualTo(accepted - 1);
        String card = mvc.perform(get("/wage/feedback/batches/" + batch.id()).with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(card).contains("已完成", accepted + " / " + accepted, "服务重启后已自动继续");
    }

    @Test
    void a_batch_interrupted_too_often_is_marked_failed_with_its_reason_and_keeps_its_reports() {
        FeedbackBatch batch = reports.create(YEAR);
        jdbc.sql("UPDATE wage_feedback_batch SET attempts = :n WHERE id = :id")
                .param("n", FeedbackGeneration.MAX_ATTEMPTS).param("id", batch.id()).update();

        runAsTheSchedulerWould(batch.id());

        FeedbackBatch failed = reports.batch(batch.id());
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.error()).contains("已中断 3 次", "请重新生成");
        assertThat(failed.finishedAt()).isNotNull();
    }

    @Test
    void a_running_batch_the_scheduler_no_longer_knows_is_marked_failed_and_no_longer_blocks_the_year() {
        long lost = jdbc.sql("""
                        INSERT INTO wage_feedback_batch (year, edition_id, started_by, started_at, total, done)
                        VALUES (:y, :e, 'admin', now() - interval '1 hour', :n, 1) RETURNING id""")
                .param("y", YEAR).param("e", editionId).param("n", accepted).query(Long.class).single();

        FeedbackBatch next = reports.start(YEAR);

        FeedbackBatch orphan = reports.batch(lost);
        assertThat(orphan.status()).isEqualTo("FAILED");
        assertThat(orphan.error()).contains("不在任务队列中", "已生成的 1 份报告保留");
        assertThat(next.id()).isGreaterThan(lost);
        assertThat(reports.batch(next.id()).status()).isEqualTo("FINISHED");
    }
}
