-- Materials of an exchange session (slides, handouts, photos), files under the storage dir (exchange/).
CREATE TABLE coordinator_exchange_material (
    id           bigserial PRIMARY KEY,
    session_id   bigint NOT NULL REFERENCES coordinator_exchange_session (id) ON DELETE CASCADE,
    file_name    varchar(200) NOT NULL,
    content_type varchar(100) NOT NULL,
    size_bytes   bigint NOT NULL,
    stored_name  varchar(100) NOT NULL UNIQUE,
    uploaded_by  varchar(50),
    uploaded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX coordinator_exchange_material_session_idx ON coordinator_exchange_material (session_id);
