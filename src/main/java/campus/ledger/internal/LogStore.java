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
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The log_head, log_entry and log_subtree tables. */
@Repository
class LogStore {

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

    /** Appends leaves from index first on; subtrees are the complete subtrees they close. One JDBC batch per table. */
    void insert(long first, List<byte[]> data, List<byte[]> leafHashes, List<Frontier.Subtree> subtrees) {
        BatchBindStep entries = db.batch(db.insertInto(LOG_ENTRY, LOG_ENTRY.ENTRY_INDEX, LOG_ENTRY.LEAF_DATA, LOG_ENTRY.LEAF_HASH)
                .values((Long) null, null, null));
        for (int i = 0; i < data.size(); i++) {
            entries = entries.bind(first + i, data.get(i), leafHashes.get(i));
        }
        entries.execute();
        if (!subtrees.isEmpty()) {
            BatchBindStep nodes = db.batch(db.insertInto(LOG_SUBTREE, LOG_SUBTREE.NODE, LOG_SUBTREE.HASH).values((Long) null, null));
            for (Frontier.Subtree subtree : subtrees) {
                nodes = nodes.bind(subtree.key().node(), subtree.hash());
            }
            nodes.execute();
        }
    }

    /** The stored hashes of these subtrees (level 0: leaf hashes), in at most two indexed queries. */
    Map<NodeKey, byte[]> nodes(Collection<NodeKey> keys) {
        Map<NodeKey, byte[]> found = new HashMap<>();
        List<Long> leaves = new ArrayList<>();
        List<Long> inner = new ArrayList<>();
        for (NodeKey key : keys) {
            if (key.level() == 0) {
                leaves.add(key.position());
            } else {
                inner.add(key.node());
            }
        }
        if (!leaves.isEmpty()) {
            db.select(LOG_ENTRY.ENTRY_INDEX, LOG_ENTRY.LEAF_HASH).from(LOG_ENTRY).where(LOG_ENTRY.ENTRY_INDEX.in(leaves))
                    .forEach(r -> found.put(new NodeKey(0, r.value1()), r.value2()));
        }
        if (!inner.isEmpty()) {
            db.select(LOG_SUBTREE.NODE, LOG_SUBTREE.HASH).from(LOG_SUBTREE).where(LOG_SUBTREE.NODE.in(inner))
                    .forEach(r -> found.put(NodeKey.ofNode(r.value1()), r.value2()));
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

    Optional<Long> indexOf(byte[] leafHash) {
        return db.select(LOG_ENTRY.ENTRY_INDEX).from(LOG_ENTRY).where(LOG_ENTRY.LEAF_HASH.eq(leafHash))
                .orderBy(LOG_ENTRY.ENTRY_INDEX).limit(1).fetchOptional(LOG_ENTRY.ENTRY_INDEX);
    }

    record StoredEntry(long index, byte[] data, byte[] leafHash) {
    }
}
