-- What changed in the results read model, version by version: a process holding the packed index of an
-- earlier version brings it up to date from the few rows that changed instead of rebuilding it from all of
-- them. Every version has at least one row; kind 'all' (an import, a new income table) means "rebuild", and
-- 'none' a version that changed nothing the index holds. Kept for the last 10,000 versions.
CREATE TABLE results_change (
    version BIGINT       NOT NULL,
    kind    VARCHAR(12)  NOT NULL,
    item    VARCHAR(400) NOT NULL
);
CREATE INDEX results_change_version ON results_change (version);
