-- Feedback batches run as persistent tasks (db-scheduler) and resume after a restart: each run of
-- the task counts as an attempt, so that a batch that keeps killing its node stops with a reason.
ALTER TABLE wage_feedback_batch ADD COLUMN attempts integer NOT NULL DEFAULT 0;
