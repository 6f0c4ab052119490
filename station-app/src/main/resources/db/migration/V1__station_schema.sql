-- Scan Station store, version 1. Times are UTC epoch milliseconds (BIGINT): Derby's TIMESTAMP has
-- no zone, and the station must never depend on the PC's time zone.

-- Imported orders: what the station knows about a parcel before it is scanned.
CREATE TABLE shipment (
  tracking_number VARCHAR(26)  NOT NULL PRIMARY KEY,
  order_id        VARCHAR(64)  NOT NULL,
  service         VARCHAR(40)  NOT NULL,
  to_name         VARCHAR(100) NOT NULL,
  to_street1      VARCHAR(100) NOT NULL,
  to_street2      VARCHAR(100),
  to_city         VARCHAR(60)  NOT NULL,
  to_state        VARCHAR(2)   NOT NULL,
  to_zip          VARCHAR(10)  NOT NULL,
  from_name       VARCHAR(100),
  from_street1    VARCHAR(100),
  from_city       VARCHAR(60),
  from_state      VARCHAR(2),
  from_zip        VARCHAR(10),
  weight_oz       INTEGER,
  content_hash    CHAR(64)     NOT NULL,
  imported_at     BIGINT       NOT NULL
);
CREATE INDEX shipment_order ON shipment (order_id);

-- One row: the head of the acceptance hash chain. Updating it first serialises acceptances, so
-- the chain has no forks.
CREATE TABLE chain_head (
  id        INTEGER  NOT NULL PRIMARY KEY,
  last_seq  BIGINT   NOT NULL,
  last_hash CHAR(64) NOT NULL
);
INSERT INTO chain_head (id, last_seq, last_hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Acceptance events: the station's partner event per parcel, in chain order.
CREATE TABLE acceptance (
  seq                BIGINT       NOT NULL PRIMARY KEY,
  event_id           CHAR(36)     NOT NULL UNIQUE,
  tracking_number    VARCHAR(26)  NOT NULL UNIQUE,
  routing_zip        VARCHAR(9),
  station_id         VARCHAR(64)  NOT NULL,
  operator_id        VARCHAR(64)  NOT NULL,
  scanner_id         VARCHAR(64)  NOT NULL,
  raw_scan           VARCHAR(600) NOT NULL,
  accepted_at        BIGINT       NOT NULL,
  partner_event_code CHAR(2)      NOT NULL,
  prev_hash          CHAR(64)     NOT NULL,
  hash               CHAR(64)     NOT NULL
);
CREATE INDEX acceptance_time ON acceptance (accepted_at);

-- The label printed for an acceptance: the exact printer bytes and the model to re-render it.
CREATE TABLE label (
  event_id   CHAR(36)    NOT NULL PRIMARY KEY REFERENCES acceptance (event_id),
  language   VARCHAR(8)  NOT NULL,
  dpi        INTEGER     NOT NULL,
  bytes      BLOB(1M)    NOT NULL,
  sha256     CHAR(64)    NOT NULL,
  model_json CLOB(64K)   NOT NULL
);

-- Every time a label goes to a printer: the first print and each reprint.
CREATE TABLE print_job (
  job_id       CHAR(36)      NOT NULL PRIMARY KEY,
  event_id     CHAR(36)      NOT NULL REFERENCES acceptance (event_id),
  kind         VARCHAR(8)    NOT NULL,
  printer      VARCHAR(200)  NOT NULL,
  status       VARCHAR(16)   NOT NULL,
  attempts     INTEGER       NOT NULL,
  last_error   VARCHAR(1000),
  requested_by VARCHAR(64)   NOT NULL,
  reason       VARCHAR(500),
  created_at   BIGINT        NOT NULL,
  updated_at   BIGINT        NOT NULL
);
CREATE INDEX print_job_status ON print_job (status);

-- What the tracking backend must receive; the sync job owns retries.
CREATE TABLE outbox (
  event_id        CHAR(36)      NOT NULL PRIMARY KEY REFERENCES acceptance (event_id),
  tracking_number VARCHAR(26)   NOT NULL,
  payload         CLOB(64K)     NOT NULL,
  status          VARCHAR(16)   NOT NULL,
  attempts        INTEGER       NOT NULL,
  next_attempt_at BIGINT        NOT NULL,
  lease_owner     VARCHAR(64),
  lease_until     BIGINT,
  last_error      VARCHAR(1000),
  backend_id      VARCHAR(64),
  created_at      BIGINT        NOT NULL,
  delivered_at    BIGINT
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_parcel ON outbox (tracking_number, created_at);

-- Who did what, when: reprints, imports, retries, failed PIN attempts.
CREATE TABLE audit (
  id          BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  happened_at BIGINT        NOT NULL,
  actor       VARCHAR(64)   NOT NULL,
  event_type  VARCHAR(32)   NOT NULL,
  subject     VARCHAR(64),
  detail      VARCHAR(2000)
);
CREATE INDEX audit_subject ON audit (subject);
