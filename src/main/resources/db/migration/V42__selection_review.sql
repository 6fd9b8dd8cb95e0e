CREATE TABLE selection_reviewer (
    campaign_id bigint NOT NULL REFERENCES selection_campaign (id) ON DELETE CASCADE,
    user_id     bigint NOT NULL REFERENCES platform_user (id),
    assigned_by varchar(50),
    assigned_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (campaign_id, user_id)
);

-- One reviewer's sheet for one nominee: written once, with all criteria at once.
CREATE TABLE selection_review (
    nomination_id  bigint NOT NULL REFERENCES selection_nomination (id) ON DELETE CASCADE,
    reviewer_id    bigint NOT NULL REFERENCES platform_user (id),
    weighted_score numeric(6, 2) NOT NULL,
    submitted_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (nomination_id, reviewer_id)
);

CREATE TABLE selection_score (
    nomination_id bigint NOT NULL,
    reviewer_id   bigint NOT NULL,
    position      integer NOT NULL,
    score         integer NOT NULL CHECK (score BETWEEN 0 AND 100),
    PRIMARY KEY (nomination_id, reviewer_id, position),
    FOREIGN KEY (nomination_id, reviewer_id) REFERENCES selection_review (nomination_id, reviewer_id) ON DELETE CASCADE
);
