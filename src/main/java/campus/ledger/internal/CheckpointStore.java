package campus.ledger.internal;

import static org.campus.db.Tables.LOG_CHECKPOINT;

import campus.ledger.Checkpoint;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.campus.db.tables.records.LogCheckpointRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The log_checkpoint table: every checkpoint ever signed, by tree size. */
@Repository
class CheckpointStore {

    private final DSLContext db;

    CheckpointStore(DSLContext db) {
        this.db = db;
    }

    void insert(Checkpoint checkpoint) {
        db.insertInto(LOG_CHECKPOINT).set(LOG_CHECKPOINT.TREE_SIZE, checkpoint.treeSize())
                .set(LOG_CHECKPOINT.ROOT_HASH, checkpoint.rootHash())
                .set(LOG_CHECKPOINT.SIGNED_AT, checkpoint.timestamp().atOffset(ZoneOffset.UTC))
                .set(LOG_CHECKPOINT.KEY_ID, checkpoint.keyId()).set(LOG_CHECKPOINT.SIGNED_NOTE, checkpoint.signedNote())
                .execute();
    }

    Optional<Checkpoint> latest() {
        return db.selectFrom(LOG_CHECKPOINT).orderBy(LOG_CHECKPOINT.TREE_SIZE.desc()).limit(1).fetchOptional(this::checkpoint);
    }

    Optional<Checkpoint> at(long treeSize) {
        return db.selectFrom(LOG_CHECKPOINT).where(LOG_CHECKPOINT.TREE_SIZE.eq(treeSize)).fetchOptional(this::checkpoint);
    }

    /** Checkpoints of tree size from on, smallest first. */
    List<Checkpoint> from(long from, int limit) {
        return db.selectFrom(LOG_CHECKPOINT).where(LOG_CHECKPOINT.TREE_SIZE.ge(from)).orderBy(LOG_CHECKPOINT.TREE_SIZE)
                .limit(limit).fetch(this::checkpoint);
    }

    private Checkpoint checkpoint(LogCheckpointRecord row) {
        String note = row.getSignedNote();
        return new Checkpoint(note.substring(0, note.indexOf('\n')), row.getTreeSize(), row.getRootHash(),
                row.getSignedAt().toInstant(), row.getKeyId(), note);
    }
}
