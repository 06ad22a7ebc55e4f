package campus.ledger.internal;

import campus.keys.KeyPurpose;
import campus.keys.KeysApi;
import campus.ledger.Checkpoint;
import campus.ledger.ConsistencyProof;
import campus.ledger.InclusionProof;
import campus.ledger.LedgerApi;
import campus.ledger.LogEntry;
import campus.ledger.MerkleProofs;
import campus.ledger.SignedNote;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transparency log. An append locks the single log head row, reads the tree's right edge (at
 * most one stored hash per level), hashes the new leaves and the subtrees they complete, and writes
 * them with the new size — all in the caller's transaction, so what commits is always a dense,
 * ordered prefix of indexes and what rolls back leaves no trace.
 */
@Service
public class TransparencyLog implements LedgerApi {

    private final LogStore store;
    private final TreeReader tree;
    private final Checkpointer checkpointer;
    private final CheckpointStore checkpoints;
    private final KeysApi keys;

    TransparencyLog(LogStore store, TreeReader tree, Checkpointer checkpointer, CheckpointStore checkpoints, KeysApi keys) {
        this.store = store;
        this.tree = tree;
        this.checkpointer = checkpointer;
        this.checkpoints = checkpoints;
        this.keys = keys;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public LogEntry append(byte[] data) {
        return appendAll(List.of(data)).get(0);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<LogEntry> appendAll(List<byte[]> data) {
        for (byte[] item : data) {
            if (item == null || item.length > MAX_ENTRY_BYTES) {
                throw new IllegalArgumentException("a log entry holds 0 to " + MAX_ENTRY_BYTES + " bytes");
            }
        }
        if (data.isEmpty()) {
            return List.of();
        }
        long first = store.lockHead();
        Frontier frontier = Frontier.of(first, TreeMath.lookup(store.nodes(Frontier.keys(first))));
        List<byte[]> leafHashes = new ArrayList<>(data.size());
        List<Frontier.Subtree> subtrees = new ArrayList<>(data.size());
        List<LogEntry> entries = new ArrayList<>(data.size());
        for (byte[] item : data) {
            byte[] leafHash = MerkleProofs.leafHash(item);
            entries.add(new LogEntry(frontier.size(), leafHash));
            leafHashes.add(leafHash);
            frontier.add(leafHash, subtrees);
        }
        store.insert(first, data, leafHashes, subtrees);
        store.setSize(frontier.size());
        return entries;
    }

    @Override
    public Checkpoint latestCheckpoint() {
        return checkpointer.latest();
    }

    @Override
    public Checkpoint checkpointNow() {
        return checkpointer.checkpointNow();
    }

    @Override
    public Optional<Checkpoint> checkpoint(long treeSize) {
        return checkpoints.at(treeSize);
    }

    /** Stored checkpoints of tree size from on, smallest first. */
    public List<Checkpoint> checkpoints(long from, int limit) {
        return checkpoints.from(from, limit);
    }

    @Override
    public long treeSize() {
        return store.size();
    }

    @Override
    public Optional<InclusionProof> inclusionProof(long index, long treeSize) {
        if (index < 0 || index >= treeSize || treeSize > store.size()) {
            return Optional.empty();
        }
        return Optional.of(new InclusionProof(index, treeSize, tree.inclusionPath(index, treeSize)));
    }

    /** An inclusion proof with the leaf hash and the root it leads to, as the public API shows it (one fetch). */
    public Optional<InclusionView> inclusionView(long index, long treeSize) {
        if (index < 0 || index >= treeSize || treeSize > store.size()) {
            return Optional.empty();
        }
        TreeReader.Inclusion inclusion = tree.inclusion(index, treeSize);
        return Optional.of(new InclusionView(new InclusionProof(index, treeSize, inclusion.path()), inclusion.leafHash(),
                inclusion.rootHash()));
    }

    @Override
    public ConsistencyProof consistencyProof(long first, long second) {
        if (first < 1 || first > second || second > store.size()) {
            throw new IllegalArgumentException("a consistency proof needs 1 <= first <= second <= tree size");
        }
        return new ConsistencyProof(first, second, tree.consistencyPath(first, second));
    }

    @Override
    public byte[] rootHash(long treeSize) {
        if (treeSize < 0 || treeSize > store.size()) {
            throw new IllegalArgumentException("no tree of size " + treeSize);
        }
        return tree.root(treeSize);
    }

    @Override
    public Optional<Long> indexOfLeaf(byte[] leafHash) {
        return leafHash == null || leafHash.length != 32 ? Optional.empty() : store.indexOf(leafHash);
    }

    /** Entries [start, end) with their data; the caller bounds the range. */
    public List<LeafView> entries(long start, long end) {
        return store.entries(start, end).stream().map(e -> new LeafView(e.index(), e.data(), e.leafHash())).toList();
    }

    /** Every key that ever signed checkpoints, with the note verifier key under the log's origin. */
    public List<LogKeyView> keys() {
        String origin = checkpointer.origin();
        return keys.all(KeyPurpose.LOG).stream().map(k -> new LogKeyView(k.keyId(), k.publicKey(),
                SignedNote.verifierKey(origin, k.publicKey()), k.createdAt(), k.retiredAt())).toList();
    }

    public String origin() {
        return checkpointer.origin();
    }

    /** An inclusion proof with the leaf hash it starts from and the root it ends at. */
    public record InclusionView(InclusionProof proof, byte[] leafHash, byte[] rootHash) {
    }

    /** One leaf as published. */
    public record LeafView(long index, byte[] data, byte[] leafHash) {
    }

    /** A log key as published. */
    public record LogKeyView(String keyId, byte[] publicKey, String verifierKey, Instant createdAt, Instant retiredAt) {
    }
}
