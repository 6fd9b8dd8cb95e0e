-- The notification outbox (通知发件箱): a module enqueues a message in its own transaction, so a
-- message exists exactly when the business change that caused it committed; a sender delivers
-- PENDING messages by e-mail and retries with back-off until max attempts, then marks FAILED.
CREATE TABLE platform_notification (
    id              bigserial PRIMARY KEY,
    channel         varchar(8) NOT NULL DEFAULT 'EMAIL' CHECK (channel IN ('EMAIL')),
    recipient       varchar(254) NOT NULL,
    subject         varchar(300) NOT NULL,
    body            text NOT NULL,
    attachment_ref  varchar(200),          -- e.g. wage-feedback:42, resolved by the owning module when sending
    reference       varchar(200),          -- what the message is about, for the module that sent it
    status          varchar(8) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        integer NOT NULL DEFAULT 0,
    last_error      varchar(1000),
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    created_by      varchar(100),
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz
);
CREATE INDEX platform_notification_due_idx ON platform_notification (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX platform_notification_reference_idx ON platform_notification (reference);
