-- The printer's print meter (~HQOD total) read just before a print job's bytes were last sent, so
-- that after a crash or a dropped connection the station can ask the printer whether the job
-- printed instead of guessing (docs/printers.md, "exactly once"). NULL when never sent or when the
-- printer reports no meter.
ALTER TABLE print_job ADD COLUMN odometer_before BIGINT;
CREATE INDEX print_job_created ON print_job (created_at);
