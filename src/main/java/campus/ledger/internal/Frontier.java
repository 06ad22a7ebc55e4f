package campus.ledger.internal;

import campus.ledger.MerkleProofs;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The right edge of the tree while appending: for each set bit L of the size, the hash of the
 * complete subtree of 2^L leaves that is still waiting for a right sibling. Adding a leaf works like
 * a binary counter's carry: each completed pair is hashed into its parent, and each parent made is
 * a new subtree to store.
 */
final class Frontier {

    private final byte[][] pending = new byte[64][];
    private long size;

    private Frontier(long size) {
        this.size = size;
    }

    /** The subtrees a frontier of this size is made of, to fetch before {@link #of}. */
    static List<NodeKey> keys(long size) {
        List<NodeKey> keys = new ArrayList<>();
        for (int level = 63; level >= 0; level--) {
            if ((size >> level & 1) == 1) {
                keys.add(new NodeKey(level, (size >> level) - 1));
            }
        }
        return keys;
    }

    static Frontier of(long size, Function<NodeKey, byte[]> nodes) {
        Frontier frontier = new Frontier(size);
        for (NodeKey key : keys(size)) {
            frontier.pending[key.level()] = nodes.apply(key);
        }
        return frontier;
    }

    /** Adds the next leaf and returns the subtrees (level 1 and up) it completes. */
    List<Subtree> add(byte[] leafHash, List<Subtree> completed) {
        long index = size;
        byte[] carry = leafHash;
        int level = 0;
        while ((index >> level & 1) == 1) {
            carry = MerkleProofs.nodeHash(pending[level], carry);
            pending[level] = null;
            level++;
            completed.add(new Subtree(new NodeKey(level, index >> level), carry));
        }
        pending[level] = carry;
        size++;
        return completed;
    }

    long size() {
        return size;
    }

    record Subtree(NodeKey key, byte[] hash) {
    }
}
