-- 公示期异议: who objected to which winner and why, and the office's answer.
CREATE TABLE selection_objection (
    id            bigserial PRIMARY KEY,
    campaign_id   bigint NOT NULL REFERENCES selection_campaign (id),
    nomination_id bigint NOT NULL REFERENCES selection_nomination (id),
    raised_by     varchar(50) NOT NULL,
    raised_at     timestamptz NOT NULL DEFAULT now(),
    content       varchar(2000) NOT NULL,
    answer        varchar(2000),
    upheld        boolean,
    answered_by   varchar(50),
    answered_at   timestamptz,
    version       integer NOT NULL DEFAULT 0
);
CREATE INDEX selection_objection_campaign_idx ON selection_objection (campaign_id);
