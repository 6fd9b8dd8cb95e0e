-- 重点问题线索 (plan section 六(二)1: 建立重点问题线索工作沟通和报告制度): a clue from a signal or by
-- hand, assigned to a named staff member with a deadline, reported up (city → province) and resolved.
CREATE TABLE monitoring_clue (
    id              bigserial PRIMARY KEY,
    uscc            char(18) NOT NULL,
    region_code     varchar(12) NOT NULL,
    enterprise_name varchar(200) NOT NULL,
    signal_id       bigint,                               -- the monitoring_signal it came from (signals of old runs may go)
    signal_level    varchar(6),
    signal_month    date,
    signal_reason   varchar(500),
    title           varchar(200) NOT NULL,
    description     varchar(4000),
    assignee_id     bigint NOT NULL,                      -- platform_user
    assignee_name   varchar(50) NOT NULL,
    deadline        date NOT NULL,
    status          varchar(10) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RESOLVED')),
    reported_up     boolean NOT NULL DEFAULT false,       -- city → province
    reported_on     date,
    resolution      varchar(4000),
    resolved_on     date,
    created_by      varchar(100) NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         integer NOT NULL DEFAULT 0
);
CREATE INDEX monitoring_clue_region_idx ON monitoring_clue (region_code, status, deadline);
CREATE INDEX monitoring_clue_uscc_idx ON monitoring_clue (uscc);
CREATE INDEX monitoring_clue_signal_idx ON monitoring_clue (signal_id);

-- Every step: who, when, what, with a note.
CREATE TABLE monitoring_clue_step (
    id         bigserial PRIMARY KEY,
    clue_id    bigint NOT NULL REFERENCES monitoring_clue (id) ON DELETE CASCADE,
    action     varchar(10) NOT NULL CHECK (action IN ('CREATE', 'ASSIGN', 'REPORT_UP', 'NOTE', 'RESOLVE')),
    actor      varchar(100) NOT NULL,
    actor_name varchar(50) NOT NULL,
    at         timestamptz NOT NULL DEFAULT now(),
    note       varchar(4000)
);
CREATE INDEX monitoring_clue_step_clue_idx ON monitoring_clue_step (clue_id, id);
