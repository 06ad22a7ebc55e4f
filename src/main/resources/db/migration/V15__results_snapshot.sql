-- The results index packed as of one version of the read model, so that the first report after a start reads
-- one row instead of rebuilding the index from every enrolment. Used only while the read model's version and
-- the code that packs the index (code: a digest of its classes) are both the ones it was written with.
CREATE TABLE results_snapshot (
    id      INTEGER     PRIMARY KEY,
    version BIGINT      NOT NULL,
    code    VARCHAR(64) NOT NULL,
    data    BYTEA       NOT NULL
);
