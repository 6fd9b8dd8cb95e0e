-- 学习交流平台 (plan 一.3): study and exchange sessions for coordinators, organized by the province
-- (region 460000, visible to every region) or by a city/county (visible to that city and the province).
CREATE TABLE coordinator_exchange_session (
    id          bigserial PRIMARY KEY,
    title       varchar(200) NOT NULL,
    held_on     date NOT NULL,
    mode        varchar(10) NOT NULL CHECK (mode IN ('ONSITE', 'ONLINE')),
    place       varchar(200) NOT NULL,            -- the venue, or the online platform / meeting number
    region_code varchar(12) NOT NULL REFERENCES platform_region (code),
    topic       varchar(100) NOT NULL,
    description varchar(4000),
    created_by  varchar(50),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     integer NOT NULL DEFAULT 0
);
CREATE INDEX coordinator_exchange_session_region_idx ON coordinator_exchange_session (region_code, held_on DESC);
CREATE INDEX coordinator_exchange_session_date_idx ON coordinator_exchange_session (held_on DESC, id DESC);
