-- The AIM symbology identifier (e.g. ]C1) a HID POS scanner reports apart from the barcode data,
-- kept so a wrong symbology can be told from a wrong number later. NULL for scans whose transport
-- reports none (serial, keyboard, typed) and for acceptances recorded before this column. It is
-- not part of the hash chain: the chain's hash format stays the one older rows were hashed with.
ALTER TABLE acceptance ADD COLUMN symbology VARCHAR(3);
