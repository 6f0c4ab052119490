-- Supervisor actions on an accepted parcel (docs/tracking.md, "Void and mark as completed").

-- A void: a link of the acceptance hash chain that withdraws one acceptance, never a deleted or
-- edited row. Its seq comes from the same chain_head as acceptance.seq, so the two tables together
-- hold positions 1..last_seq exactly once.
CREATE TABLE acceptance_void (
  seq             BIGINT       NOT NULL PRIMARY KEY,
  event_id        CHAR(36)     NOT NULL UNIQUE,
  voids_event_id  CHAR(36)     NOT NULL UNIQUE REFERENCES acceptance (event_id),
  tracking_number VARCHAR(26)  NOT NULL,
  actor           VARCHAR(64)  NOT NULL,
  reason          VARCHAR(500) NOT NULL,
  voided_at       BIGINT       NOT NULL,
  prev_hash       CHAR(64)     NOT NULL,
  hash            CHAR(64)     NOT NULL
);

-- The outbox holds entry kinds (CREATE, DELETE, COMPLETE) of one acceptance: its key becomes the
-- entry's own id (the acceptance's event id for a create, as before, so `station outbox retry`
-- keeps its meaning), and event_id keeps its reference to the acceptance.
ALTER TABLE outbox ADD COLUMN entry_id CHAR(36) NOT NULL DEFAULT '';
UPDATE outbox SET entry_id = event_id;
ALTER TABLE outbox DROP PRIMARY KEY;
ALTER TABLE outbox ADD CONSTRAINT outbox_entry PRIMARY KEY (entry_id);
ALTER TABLE outbox ALTER COLUMN entry_id DROP DEFAULT;
ALTER TABLE outbox ADD COLUMN kind VARCHAR(8) NOT NULL DEFAULT 'CREATE';
ALTER TABLE outbox ALTER COLUMN kind DROP DEFAULT;
-- At most one entry of each kind per acceptance: a void or a completion asked twice is one call.
ALTER TABLE outbox ADD CONSTRAINT outbox_one_per_kind UNIQUE (event_id, kind);
