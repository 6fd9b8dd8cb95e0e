-- A nominee of a campaign. The nominee's identity is (nominee_type, nominee_ref) with the name and
-- region copied in: a coordinator of the coordinator program, or a selection_candidate_org.
CREATE TABLE selection_nomination (
    id                  bigserial PRIMARY KEY,
    campaign_id         bigint NOT NULL REFERENCES selection_campaign (id),
    nominee_type        varchar(20) NOT NULL CHECK (nominee_type IN ('COORDINATOR', 'SOCIAL_ORG', 'MEDIATION_ORG')),
    nominee_ref         varchar(60) NOT NULL,
    nominee_name        varchar(200) NOT NULL,
    region_code         varchar(12) NOT NULL REFERENCES platform_region (code),
    unit_post           varchar(200),
    skill_level         varchar(50),
    reasons             text NOT NULL,
    nominating_region   varchar(12) NOT NULL REFERENCES platform_region (code),
    nominating_org_id   bigint REFERENCES platform_organization (id),
    nominated_by        varchar(50) NOT NULL,
    status              varchar(20) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED')),
    submitted_at        timestamptz,
    winner              boolean NOT NULL DEFAULT false,
    removed_reason      varchar(1000),
    created_at          timestamptz NOT NULL DEFAULT now(),
    version             integer NOT NULL DEFAULT 0,
    UNIQUE (campaign_id, nominee_type, nominee_ref)
);
CREATE INDEX selection_nomination_campaign_idx ON selection_nomination (campaign_id, nominating_region);
CREATE INDEX selection_nomination_nominee_idx ON selection_nomination (nominee_type, nominee_ref);

-- Supporting materials (PDF/JPG/PNG, at most 10 MB), stored in the storage directory, sub-folder selection/.
CREATE TABLE selection_material (
    id             bigserial PRIMARY KEY,
    nomination_id  bigint NOT NULL REFERENCES selection_nomination (id) ON DELETE CASCADE,
    file_name      varchar(200) NOT NULL,
    content_type   varchar(50) NOT NULL,
    size_bytes     bigint NOT NULL,
    stored_name    varchar(100) NOT NULL,
    uploaded_by    varchar(50) NOT NULL,
    uploaded_at    timestamptz NOT NULL DEFAULT now()
);
