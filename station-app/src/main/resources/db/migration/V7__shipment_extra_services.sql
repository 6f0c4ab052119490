-- The USPS extra services of an imported shipment (Certified Mail, Return Receipt): their IMpb
-- codes, sorted and joined by ';' (e.g. 910;955). Rows imported before this version get NULL: no
-- extra services, which is what they had.
ALTER TABLE shipment ADD COLUMN extra_services VARCHAR(40);
