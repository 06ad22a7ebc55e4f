-- A counter bumped in the transaction of every change to the results read model, so each app
-- instance knows when its in-memory index of the read model is stale.
CREATE TABLE results_version (
    id      INTEGER PRIMARY KEY,
    version BIGINT  NOT NULL
);
INSERT INTO results_version (id, version) VALUES (1, 0);
