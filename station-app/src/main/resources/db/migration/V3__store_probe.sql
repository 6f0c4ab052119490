-- One row the station rewrites to find out whether its store can write again after a fault (a
-- full disk, a read-only file system): a real write through Derby's log and pages, touching
-- nothing of the records.
CREATE TABLE store_probe (id INT NOT NULL PRIMARY KEY, probed_at BIGINT NOT NULL);
INSERT INTO store_probe (id, probed_at) VALUES (1, 0);
