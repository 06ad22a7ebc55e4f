-- Keys: the Ed25519 keys that sign credentials (ISSUER) and log checkpoints (LOG). Private keys are
-- stored only encrypted (AES-256-GCM under the key-encryption key from CAMPUS_KEYS_SECRET or the key
-- file); public keys stay for ever, so every earlier signature still verifies after a rotation.
CREATE TABLE signing_key (
    id                    VARCHAR(64) PRIMARY KEY,
    purpose               VARCHAR(16) NOT NULL CHECK (purpose IN ('ISSUER', 'LOG')),
    public_key            BYTEA       NOT NULL,
    private_key_encrypted BYTEA       NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at            TIMESTAMP WITH TIME ZONE
);
CREATE INDEX signing_key_by_purpose ON signing_key (purpose, created_at);

-- One row per purpose, locked while its first key is generated or the key rotated, so that several
-- app instances agree on one current key.
CREATE TABLE signing_key_purpose (
    purpose        VARCHAR(16) PRIMARY KEY,
    current_key_id VARCHAR(64) REFERENCES signing_key (id)
);
INSERT INTO signing_key_purpose (purpose) VALUES ('ISSUER');
INSERT INTO signing_key_purpose (purpose) VALUES ('LOG');

-- Ledger: an append-only Merkle tree log (RFC 9162 hashing). The single log_head row is locked by
-- every append, which serialises appends across instances and hands out dense indexes 0..n-1.
-- origin is fixed by the first checkpoint, so the log keeps its identity if the base URL changes.
CREATE TABLE log_head (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    tree_size BIGINT  NOT NULL,
    origin    VARCHAR(200)
);
INSERT INTO log_head (id, tree_size) VALUES (1, 0);

-- The leaves: the data appended (a credential's digest) and its leaf hash SHA-256(0x00 || data).
CREATE TABLE log_entry (
    entry_index BIGINT PRIMARY KEY,
    leaf_data   BYTEA  NOT NULL,
    leaf_hash   BYTEA  NOT NULL
);
-- (H2 and PostgreSQL index BYTEA; jOOQ's code generator does not, and does not need the index)
/* [jooq ignore start] */
CREATE INDEX log_entry_leaf_hash ON log_entry (leaf_hash);
/* [jooq ignore stop] */

-- Hashes of the complete subtrees above the leaves: the subtree at tree_level L and position p covers
-- leaves [p * 2^L, (p + 1) * 2^L). Written once when the subtree fills, never changed; every root and
-- proof is made of O(log n) of them (level 0 is log_entry.leaf_hash).
CREATE TABLE log_subtree (
    tree_level INTEGER NOT NULL,
    position   BIGINT  NOT NULL,
    hash       BYTEA   NOT NULL,
    PRIMARY KEY (tree_level, position)
);

-- Signed checkpoints, one per tree size, kept for ever: signed_note is the C2SP signed note exactly
-- as published (docs/transparency-log.md).
CREATE TABLE log_checkpoint (
    tree_size   BIGINT PRIMARY KEY,
    root_hash   BYTEA        NOT NULL,
    signed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    key_id      VARCHAR(64)  NOT NULL,
    signed_note VARCHAR(2000) NOT NULL
);
