-- What the carrier did with each accepted parcel (docs/tracking.md). The station's own partner
-- event stays in ACCEPTANCE; these rows are the carrier's side and never part of the hash chain.

-- Every carrier event per parcel, as its source reported it. The fingerprint (SHA-256 of the
-- fields that identify an event) makes a checkpoint read twice, by a poll and a webhook, one row.
CREATE TABLE carrier_event (
  id              BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tracking_number VARCHAR(26)   NOT NULL,
  source          VARCHAR(16)   NOT NULL,
  fingerprint     CHAR(64)      NOT NULL UNIQUE,
  occurred_at     BIGINT        NOT NULL,
  code            VARCHAR(8),
  tag             VARCHAR(24),
  subtag          VARCHAR(40),
  location        VARCHAR(200),
  zip             VARCHAR(10),
  message         VARCHAR(500),
  signer          VARCHAR(100),
  received_at     BIGINT        NOT NULL
);
CREATE INDEX carrier_event_parcel ON carrier_event (tracking_number, occurred_at);

-- Per parcel: what its events add up to and when to ask again. One row per acceptance, written
-- with it; the proof of mailing (first USPS acceptance scan) and of delivery are kept here.
CREATE TABLE carrier_status (
  tracking_number VARCHAR(26)   NOT NULL PRIMARY KEY,
  state           VARCHAR(16)   NOT NULL,
  state_reason    VARCHAR(500),
  source          VARCHAR(16),
  backend_id      VARCHAR(64),
  tag             VARCHAR(24),
  subtag          VARCHAR(40),
  last_event_at   BIGINT,
  scanned_at      BIGINT,
  accepted_at     BIGINT,
  accepted_code   VARCHAR(8),
  accepted_zip    VARCHAR(10),
  delivered_at    BIGINT,
  signer          VARCHAR(100),
  early_scan_at   BIGINT,
  pending_flag_at BIGINT,
  checks          INTEGER       NOT NULL,
  retracks        INTEGER       NOT NULL,
  checked_at      BIGINT,
  next_check_at   BIGINT
);
CREATE INDEX carrier_status_due ON carrier_status (state, next_check_at);

-- Parcels accepted before this version are watched from now on.
INSERT INTO carrier_status (tracking_number, state, checks, retracks, next_check_at)
  SELECT tracking_number, 'WATCHING', 0, 0, accepted_at FROM acceptance;

-- Webhook deliveries already taken in, by AfterShip's event id: a retried delivery changes nothing.
CREATE TABLE webhook_seen (
  event_id    VARCHAR(64) NOT NULL PRIMARY KEY,
  received_at BIGINT      NOT NULL
);
