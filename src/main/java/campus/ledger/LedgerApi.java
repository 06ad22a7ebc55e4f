package campus.ledger;

import java.util.List;
import java.util.Optional;

/**
 * What other modules may ask of the transparency log. Hashes are raw 32-byte SHA-256 values here;
 * the HTTP API writes them in base64.
 */
public interface LedgerApi {

    /** Most bytes one entry may hold (a credential's digest needs 32). */
    int MAX_ENTRY_BYTES = 4096;

    /**
     * Appends data as the next leaf, inside the caller's transaction (required: there must be one),
     * so the entry exists exactly when the caller's own record does: a rollback leaves neither, and no
     * gap. Takes the log's lock until that transaction ends — append last, just before committing.
     */
    LogEntry append(byte[] data);

    /** Appends every item in order under one lock with batched writes; same transaction rule as {@link #append}. */
    List<LogEntry> appendAll(List<byte[]> data);

    /** The newest signed checkpoint (one of the empty tree before the first append). */
    Checkpoint latestCheckpoint();

    /**
     * Signs a checkpoint of the tree as it is now, if it grew since the last one (otherwise returns
     * the last). Checkpoints are also made every campus.ledger.checkpoint-interval when the tree grew.
     */
    Checkpoint checkpointNow();

    /** The stored checkpoint of exactly this tree size, if one was signed. */
    Optional<Checkpoint> checkpoint(long treeSize);

    /** The number of entries committed so far. */
    long treeSize();

    /** Proof that the leaf at index is in the tree of treeSize; empty unless 0 <= index < treeSize <= tree size. */
    Optional<InclusionProof> inclusionProof(long index, long treeSize);

    /**
     * Proof that the tree of size first is a prefix of the tree of size second;
     * IllegalArgumentException unless 1 <= first <= second <= tree size.
     */
    ConsistencyProof consistencyProof(long first, long second);

    /** The Merkle tree hash of the first treeSize entries; IllegalArgumentException beyond the tree size. */
    byte[] rootHash(long treeSize);

    /** The index of the first entry with this leaf hash (SHA-256(0x00 || data)). */
    Optional<Long> indexOfLeaf(byte[] leafHash);
}
