-- Who was invited to / attended an exchange session. An attendance with attended = true also counts as
-- training: it owns one coordinator_training row (linked by exchange_session_id), so the hours appear on the
-- coordinator's page, in the list's total and in the certification lists without a second source of truth.
CREATE TABLE coordinator_exchange_attendance (
    session_id     bigint NOT NULL REFERENCES coordinator_exchange_session (id) ON DELETE CASCADE,
    coordinator_id bigint NOT NULL REFERENCES coordinator (id) ON DELETE CASCADE,
    attended       boolean NOT NULL,
    hours          numeric(4, 1) NOT NULL DEFAULT 0 CHECK (hours >= 0 AND hours < 100),
    recorded_by    varchar(50),
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, coordinator_id),
    CHECK (attended OR hours = 0)
);
CREATE INDEX coordinator_exchange_attendance_coordinator_idx ON coordinator_exchange_attendance (coordinator_id);

ALTER TABLE coordinator_training
    ADD COLUMN exchange_session_id bigint REFERENCES coordinator_exchange_session (id) ON DELETE CASCADE;
CREATE UNIQUE INDEX coordinator_training_exchange_idx ON coordinator_training (coordinator_id, exchange_session_id)
    WHERE exchange_session_id IS NOT NULL;
