-- 金牌评选: one workflow for the three gold selections of the plan (一.4 协调员, 二.4 社会组织, 三 调解组织).

-- Candidate organizations for the SOCIAL_ORG and MEDIATION_ORG selections, until those programs keep their own registers.
CREATE TABLE selection_candidate_org (
    id          bigserial PRIMARY KEY,
    name        varchar(200) NOT NULL,
    region_code varchar(12) NOT NULL REFERENCES platform_region (code),
    kind        varchar(20) NOT NULL CHECK (kind IN ('SOCIAL_ORG', 'MEDIATION_ORG')),
    contact     varchar(100),
    created_by  varchar(50),
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (kind, name)
);

CREATE TABLE selection_campaign (
    id                  bigserial PRIMARY KEY,
    year                integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    category            varchar(20) NOT NULL CHECK (category IN ('COORDINATOR', 'SOCIAL_ORG', 'MEDIATION_ORG')),
    quota               integer NOT NULL CHECK (quota > 0),
    nomination_deadline date NOT NULL,
    review_deadline     date NOT NULL,
    publicity_days      integer NOT NULL DEFAULT 7 CHECK (publicity_days > 0),
    publicity_start     date,
    publicity_end       date,
    state               varchar(20) NOT NULL DEFAULT 'DRAFT'
        CHECK (state IN ('DRAFT', 'NOMINATING', 'REVIEWING', 'DECIDED', 'PUBLICITY', 'FINAL')),
    decision_reason     varchar(1000),
    created_by          varchar(50),
    created_at          timestamptz NOT NULL DEFAULT now(),
    version             integer NOT NULL DEFAULT 0,
    UNIQUE (year, category)
);

-- Scoring criteria with weights that sum to 100 (checked by the application when the campaign opens).
CREATE TABLE selection_criterion (
    campaign_id bigint NOT NULL REFERENCES selection_campaign (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    name        varchar(50) NOT NULL,
    weight      integer NOT NULL CHECK (weight BETWEEN 1 AND 100),
    PRIMARY KEY (campaign_id, position)
);

-- How many nominations each nominating region may make; 460000 is the provincial parties' own quota.
CREATE TABLE selection_region_quota (
    campaign_id bigint NOT NULL REFERENCES selection_campaign (id) ON DELETE CASCADE,
    region_code varchar(12) NOT NULL REFERENCES platform_region (code),
    quota       integer NOT NULL CHECK (quota >= 0),
    PRIMARY KEY (campaign_id, region_code)
);
