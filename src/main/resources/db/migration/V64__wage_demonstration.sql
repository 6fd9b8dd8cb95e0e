-- 薪酬分配制度改革示范: SOE demonstrations (3-5, led by SASAC) and private-enterprise demonstrations
-- (5-10), with their practice write-ups and attachments (files under tongxing.storage-dir).
CREATE TABLE wage_demonstration (
    id           bigserial PRIMARY KEY,
    year         integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    kind         varchar(8) NOT NULL CHECK (kind IN ('SOE', 'PRIVATE')),
    uscc         char(18) NOT NULL,
    region_code  varchar(12) NOT NULL,
    title        varchar(200) NOT NULL,
    practice     text NOT NULL,
    created_by   varchar(100) NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      integer NOT NULL DEFAULT 0,
    UNIQUE (year, uscc)
);

CREATE TABLE wage_demonstration_attachment (
    id               bigserial PRIMARY KEY,
    demonstration_id bigint NOT NULL REFERENCES wage_demonstration (id) ON DELETE CASCADE,
    file_name        varchar(255) NOT NULL,
    content_type     varchar(50) NOT NULL,
    size_bytes       bigint NOT NULL,
    storage_path     varchar(500) NOT NULL,
    uploaded_by      varchar(100) NOT NULL,
    uploaded_at      timestamptz NOT NULL DEFAULT now()
);
