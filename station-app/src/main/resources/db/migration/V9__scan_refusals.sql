-- Scans the station answered without an acceptance: duplicates and rejections, for the
-- supervisor's shift overview (docs/operations.md, "Supervisor overview"). Where, when, who and
-- why, but never what was scanned: a refused scan's text can be anything, and the overview only
-- counts. Accepted scans need no row here; the acceptance table already says the same.
CREATE TABLE scan_refusal (
  id          BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  refused_at  BIGINT      NOT NULL,
  scanner_id  VARCHAR(64) NOT NULL,
  operator_id VARCHAR(64) NOT NULL,
  result      VARCHAR(12) NOT NULL,
  reason      VARCHAR(32)
);
CREATE INDEX scan_refusal_time ON scan_refusal (refused_at);
