-- 金牌劳动关系协调员: the years a coordinator was awarded gold, as told by the selection module when a
-- campaign becomes FINAL. Kept here (not read from selection's tables) so the registry can filter on it.
CREATE TABLE coordinator_gold_award (
    coordinator_id bigint NOT NULL REFERENCES coordinator (id) ON DELETE CASCADE,
    year           integer NOT NULL,
    campaign_id    bigint NOT NULL,          -- selection's campaign id, for tracing only (no foreign key across modules)
    awarded_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (coordinator_id, campaign_id)
);
CREATE INDEX coordinator_gold_award_year_idx ON coordinator_gold_award (year, coordinator_id);
