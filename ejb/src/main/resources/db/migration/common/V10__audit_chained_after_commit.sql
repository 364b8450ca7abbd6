-- Audited writes no longer wait on one another. A business transaction inserts its entry (its id
-- from a sequence) and a pending mark; after commit the chainer links entries into the hash chain.
-- Positions and hashes move from the entry into audit_link; existing entries keep their id (their
-- old position), their links and their hashes, so the chain they formed verifies as before.
CREATE TABLE audit_link (
    seq         BIGINT      NOT NULL PRIMARY KEY,
    entry_id    BIGINT      NOT NULL,
    prev_hash   VARCHAR(64) NOT NULL,
    entry_hash  VARCHAR(64) NOT NULL,
    CONSTRAINT audit_link_one_per_entry UNIQUE (entry_id)
);
INSERT INTO audit_link (seq, entry_id, prev_hash, entry_hash)
SELECT seq, seq, prev_hash, entry_hash FROM audit_entry;

ALTER TABLE audit_entry RENAME COLUMN seq TO id;
ALTER TABLE audit_entry DROP COLUMN prev_hash;
ALTER TABLE audit_entry DROP COLUMN entry_hash;
ALTER TABLE audit_link ADD CONSTRAINT audit_link_entry FOREIGN KEY (entry_id) REFERENCES audit_entry (id);

-- Actions are "capability.NAME" now (older entries keep their bare name); any capability's targets and details.
ALTER TABLE audit_entry ALTER COLUMN action SET DATA TYPE VARCHAR(96);
ALTER TABLE audit_entry ALTER COLUMN target_type SET DATA TYPE VARCHAR(64);
ALTER TABLE audit_entry ALTER COLUMN target_id SET DATA TYPE VARCHAR(128);
ALTER TABLE audit_entry ADD COLUMN details VARCHAR(2000);
CREATE INDEX audit_entry_action ON audit_entry (action);
CREATE INDEX audit_entry_target ON audit_entry (target_type, target_id);
CREATE INDEX audit_entry_call ON audit_entry (call_id);

-- Committed entries the chainer has not linked yet.
CREATE TABLE audit_pending (
    entry_id  BIGINT NOT NULL PRIMARY KEY REFERENCES audit_entry (id)
);

-- Restarted after the existing entries by each database's own migration (V10_1).
CREATE SEQUENCE audit_entry_id_seq START WITH 1;
