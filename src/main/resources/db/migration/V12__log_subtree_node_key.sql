-- Ledger: one BIGINT key per stored subtree, node = level * 2^56 + position, instead of the pair
-- (tree_level, position). A root or a proof reads O(log n) subtrees in one query; H2 answered the
-- row-value IN list on the pair by scanning the whole table, an indexed IN list on one column it
-- answers from the index (PostgreSQL either way). Existing hashes are carried over.
CREATE TABLE log_subtree_by_node (
    node BIGINT PRIMARY KEY,
    hash BYTEA  NOT NULL
);
INSERT INTO log_subtree_by_node (node, hash)
    SELECT tree_level * 72057594037927936 + position, hash FROM log_subtree;
DROP TABLE log_subtree;
ALTER TABLE log_subtree_by_node RENAME TO log_subtree;
