-- Organizations that users belong to: the provincial parties, city bureaus, mediation
-- organizations, expert teams. Enterprises are not here: they live in the registry (by USCC).
CREATE TABLE platform_organization (
    id          bigserial PRIMARY KEY,
    name        varchar(100) NOT NULL,
    kind        varchar(30) NOT NULL,
    region_code varchar(12) NOT NULL REFERENCES platform_region (code),
    UNIQUE (name, region_code)
);

CREATE TABLE platform_user (
    id                   bigserial PRIMARY KEY,
    username             varchar(50) NOT NULL UNIQUE,
    display_name         varchar(50) NOT NULL,
    password_hash        varchar(100) NOT NULL,
    role                 varchar(30) NOT NULL,
    region_code          varchar(12) NOT NULL REFERENCES platform_region (code),
    organization_id      bigint REFERENCES platform_organization (id),
    enterprise_uscc      char(18),
    phone_enc            text,
    email                varchar(100),
    enabled              boolean NOT NULL DEFAULT true,
    must_change_password boolean NOT NULL DEFAULT true,
    failed_attempts      integer NOT NULL DEFAULT 0,
    locked_until         timestamptz,
    last_login_at        timestamptz,
    password_changed_at  timestamptz,
    created_at           timestamptz NOT NULL DEFAULT now(),
    version              integer NOT NULL DEFAULT 0
);

-- Enterprises assigned to a user whose scope is "assigned enterprises" (experts, coordinators).
CREATE TABLE platform_user_enterprise (
    user_id bigint NOT NULL REFERENCES platform_user (id) ON DELETE CASCADE,
    uscc    char(18) NOT NULL,
    PRIMARY KEY (user_id, uscc)
);

-- Append-only audit log: who, when, what, values before and after.
CREATE TABLE platform_audit_log (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    username    varchar(50),
    role        varchar(30),
    region_code varchar(12),
    action      varchar(40) NOT NULL,
    entity_type varchar(40),
    entity_id   varchar(60),
    summary     varchar(500),
    before_data jsonb,
    after_data  jsonb,
    remote_addr varchar(64)
);
CREATE INDEX platform_audit_log_at_idx ON platform_audit_log (at DESC);
CREATE INDEX platform_audit_log_entity_idx ON platform_audit_log (entity_type, entity_id);
CREATE INDEX platform_audit_log_user_idx ON platform_audit_log (username, at DESC);

-- Rows can be added, never changed; they can be removed only once older than 180 days.
CREATE FUNCTION platform_audit_log_guard() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION 'platform_audit_log is append-only';
    END IF;
    IF OLD.at > now() - interval '180 days' THEN
        RAISE EXCEPTION 'audit entries are kept at least 180 days';
    END IF;
    RETURN OLD;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER platform_audit_log_append_only
    BEFORE UPDATE OR DELETE ON platform_audit_log
    FOR EACH ROW EXECUTE FUNCTION platform_audit_log_guard();

-- API keys for external systems: only a SHA-256 of the key is stored.
CREATE TABLE platform_api_key (
    id          bigserial PRIMARY KEY,
    name        varchar(100) NOT NULL,
    key_prefix  varchar(12) NOT NULL,
    key_hash    char(64) NOT NULL UNIQUE,
    region_code varchar(12) NOT NULL REFERENCES platform_region (code),
    permissions varchar(200) NOT NULL,
    enabled     boolean NOT NULL DEFAULT true,
    created_by  varchar(50),
    created_at  timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz
);
