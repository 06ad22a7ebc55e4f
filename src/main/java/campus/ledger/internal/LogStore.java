package campus.ledger.internal;

import static org.campus.db.Tables.LOG_ENTRY;
import static org.campus.db.Tables.LOG_HEAD;
import static org.campus.db.Tables.LOG_SUBTREE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Row2;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/** The log_head, log_entry and log_subtree tables. */
@Repository
class LogStore {

    /** Rows per multi-row INSERT: few round trips, and well under PostgreSQL's 32,767 bind values. */
    private static final int CHUNK = 1000;

    private final DSLContext db;

    LogStore(DSLContext db) {
        this.db = db;
    }

    /** The committed tree size, without waiting for appends in flight. */
    long size() {
        return db.select(LOG_HEAD.TREE_SIZE).from(LOG_HEAD).where(LOG_HEAD.ID.eq(1)).fetchSingle(LOG_HEAD.TREE_SIZE);
    }

    /**
     * Locks the log head until the transaction ends and returns the tree size: from here on this
     * transaction alone appends or signs, whatever the app instance.
     */
    long lockHead() {
        return db.select(LOG_HEAD.TREE_SIZE).from(LOG_HEAD).where(LOG_HEAD.ID.eq(1)).forUpdate()
                .fetchSingle(LOG_HEAD.TREE_SIZE);
    }

    void setSize(long size) {
        db.update(LOG_HEAD).set(LOG_HEAD.TREE_SIZE, size).where(LOG_HEAD.ID.eq(1)).execute();
    }

    Optional<String> origin() {
        return db.select(LOG_HEAD.ORIGIN).from(LOG_HEAD).where(LOG_HEAD.ID.eq(1)).fetchOptional(LOG_HEAD.ORIGIN);
    }

    void setOrigin(String origin) {
        db.update(LOG_HEAD).set(LOG_HEAD.ORIGIN, origin).where(LOG_HEAD.ID.eq(1)).and(LOG_HEAD.ORIGIN.isNull()).execute();
    }

    /** Appends leaves from index first on; subtrees are the complete subtrees they close. */
    void insert(long first, List<byte[]> data, List<byte[]> leafHashes, List<Frontier.Subtree> subtrees) {
        for (int from = 0; from < data.size(); from += CHUNK) {
            int to = Math.min(data.size(), from + CHUNK);
            var insert = db.insertInto(LOG_ENTRY, LOG_ENTRY.ENTRY_INDEX, LOG_ENTRY.LEAF_DATA, LOG_ENTRY.LEAF_HASH);
            for (int i = from; i < to; i++) {
                insert = insert.values(first + i, data.get(i), leafHashes.get(i));
            }
            insert.execute();
        }
        for (int from = 0; from < subtrees.size(); from += CHUNK) {
            int to = Math.min(subtrees.size(), from + CHUNK);
            var insert = db.insertInto(LOG_SUBTREE, LOG_SUBTREE.TREE_LEVEL, LOG_SUBTREE.POSITION, LOG_SUBTREE.HASH);
            for (Frontier.Subtree subtree : subtrees.subList(from, to)) {
                insert = insert.values(subtree.key().level(), subtree.key().position(), subtree.hash());
            }
            insert.execute();
        }
    }

    /** The stored hashes of these subtrees (level 0: leaf hashes), in at most two queries. */
    Map<NodeKey, byte[]> nodes(Collection<NodeKey> keys) {
        Map<NodeKey, byte[]> found = new HashMap<>();
        List<Long> leaves = new ArrayList<>();
        List<Row2<Integer, Long>> inner = new ArrayList<>();
        for (NodeKey key : keys) {
            if (key.level() == 0) {
                leaves.add(key.position());
            } else {
                inner.add(DSL.row(key.level(), key.position()));
            }
        }
        if (!leaves.isEmpty()) {
            db.select(LOG_ENTRY.ENTRY_INDEX, LOG_ENTRY.LEAF_HASH).from(LOG_ENTRY).where(LOG_ENTRY.ENTRY_INDEX.in(leaves))
                    .forEach(r -> found.put(new NodeKey(0, r.value1()), r.value2()));
        }
        if (!inner.isEmpty()) {
            db.select(LOG_SUBTREE.TREE_LEVEL, LOG_SUBTREE.POSITION, LOG_SUBTREE.HASH).from(LOG_SUBTREE)
                    .where(DSL.row(LOG_SUBTREE.TREE_LEVEL, LOG_SUBTREE.POSITION).in(inner))
                    .forEach(r -> found.put(new NodeKey(r.value1(), r.value2()), r.value3()));
        }
        return found;
    }

    /** Entries [start, end) in order. */
    List<StoredEntry> entries(long start, long end) {
        return db.select(LOG_ENTRY.ENTRY_INDEX, LOG_ENTRY.LEAF_DATA, LOG_ENTRY.LEAF_HASH).from(LOG_ENTRY)
                .where(LOG_ENTRY.ENTRY_INDEX.ge(start)).and(LOG_ENTRY.ENTRY_INDEX.lt(end))
                .orderBy(LOG_ENTRY.ENTRY_INDEX)
                .fetch(r -> new StoredEntry(r.value1(), r.value2(), r.value3()));
    }

    /** (The generated column type is BLOB, which H2 refuses to compare with; as VARBINARY it compares on both.) */
    Optional<Long> indexOf(byte[] leafHash) {
        return db.select(LOG_ENTRY.ENTRY_INDEX).from(LOG_ENTRY).where(LOG_ENTRY.LEAF_HASH.coerce(SQLDataType.VARBINARY).eq(leafHash))
                .orderBy(LOG_ENTRY.ENTRY_INDEX).limit(1).fetchOptional(LOG_ENTRY.ENTRY_INDEX);
    }

    record StoredEntry(long index, byte[] data, byte[] leafHash) {
    }
}
