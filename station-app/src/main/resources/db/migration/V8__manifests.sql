-- End-of-day manifests (docs/paperwork.md). A manifest is a link of the acceptance hash chain: its
-- seq comes from the same chain_head as acceptance.seq and acceptance_void.seq, and its hash covers
-- its header and the Merkle root over its pieces. Rows are written once, when it is closed, and
-- never updated: a correction is a new manifest whose `amends` names the one it corrects.
CREATE TABLE manifest (
  seq          BIGINT       NOT NULL PRIMARY KEY,
  manifest_id  VARCHAR(40)  NOT NULL UNIQUE,
  event_id     CHAR(36)     NOT NULL UNIQUE,
  station_id   VARCHAR(64)  NOT NULL,
  mailing_date CHAR(10)     NOT NULL,
  origin_zip   VARCHAR(5),
  pieces       INTEGER      NOT NULL,
  merkle_root  CHAR(64)     NOT NULL,
  amends       VARCHAR(40),
  reason       VARCHAR(500),
  closed_by    VARCHAR(64)  NOT NULL,
  closed_at    BIGINT       NOT NULL,
  prev_hash    CHAR(64)     NOT NULL,
  hash         CHAR(64)     NOT NULL
);
CREATE INDEX manifest_date ON manifest (mailing_date);

-- The pieces of a manifest in leaf order (chain order of their acceptances). An acceptance is on
-- at most one manifest: the UNIQUE event_id is what makes a second close take only new pieces.
CREATE TABLE manifest_piece (
  manifest_seq    BIGINT      NOT NULL REFERENCES manifest (seq),
  leaf_index      INTEGER     NOT NULL,
  event_id        CHAR(36)    NOT NULL UNIQUE REFERENCES acceptance (event_id),
  tracking_number VARCHAR(26) NOT NULL,
  PRIMARY KEY (manifest_seq, leaf_index)
);
