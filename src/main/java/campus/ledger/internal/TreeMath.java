package campus.ledger.internal;

import campus.ledger.MerkleProofs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * RFC 9162 2.1 — the Merkle tree hash MTH, inclusion paths PATH and consistency proofs PROOF — over
 * a log that keeps the hash of every complete subtree. Every range these definitions visit starts at
 * a multiple of its left part (the split is the largest power of two below the size), so it is a
 * complete subtree or a left complete subtree plus a smaller such range; hence a root or a proof
 * needs O(log n) stored hashes and no leaf is re-hashed. {@link #needed} lists those hashes so they
 * can be fetched in one round trip before the real computation.
 */
final class TreeMath {

    private TreeMath() {
    }

    /** MTH(D[0:size]); the empty tree's hash for size 0. */
    static byte[] root(long size, Function<NodeKey, byte[]> nodes) {
        return size == 0 ? MerkleProofs.emptyRoot() : range(0, size, nodes);
    }

    /** PATH(index, D[0:size]), 0 <= index < size. */
    static List<byte[]> inclusionPath(long index, long size, Function<NodeKey, byte[]> nodes) {
        List<byte[]> path = new ArrayList<>();
        path(index, 0, size, nodes, path);
        return path;
    }

    /** PROOF(first, D[0:second]), 1 <= first <= second; empty when they are equal. */
    static List<byte[]> consistencyPath(long first, long second, Function<NodeKey, byte[]> nodes) {
        List<byte[]> proof = new ArrayList<>();
        subproof(first, 0, second, true, nodes, proof);
        return proof;
    }

    /** The stored hashes that computation will read: run it against a recorder first, fetch, then run for real. */
    static Set<NodeKey> needed(Consumer<Function<NodeKey, byte[]>> computation) {
        Set<NodeKey> keys = new LinkedHashSet<>();
        byte[] anyHash = new byte[32]; // the recording pass only notes which hashes are read
        computation.accept(key -> {
            keys.add(key);
            return anyHash;
        });
        return keys;
    }

    static Function<NodeKey, byte[]> lookup(Map<NodeKey, byte[]> fetched) {
        return key -> {
            byte[] hash = fetched.get(key);
            if (hash == null) {
                throw new IllegalStateException("the log has no hash for " + key);
            }
            return hash;
        };
    }

    /** The largest power of two smaller than n (n >= 2). */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }

    /** MTH(D[start:end]) where start is a multiple of the largest power of two <= end - start. */
    private static byte[] range(long start, long end, Function<NodeKey, byte[]> nodes) {
        long n = end - start;
        if (Long.bitCount(n) == 1) {
            int level = Long.numberOfTrailingZeros(n);
            return nodes.apply(new NodeKey(level, start >> level));
        }
        long k = split(n);
        return MerkleProofs.nodeHash(range(start, start + k, nodes), range(start + k, end, nodes));
    }

    private static void path(long index, long start, long end, Function<NodeKey, byte[]> nodes, List<byte[]> out) {
        if (end - start == 1) {
            return;
        }
        long k = split(end - start);
        if (index < start + k) {
            path(index, start, start + k, nodes, out);
            out.add(range(start + k, end, nodes));
        } else {
            path(index, start + k, end, nodes, out);
            out.add(range(start, start + k, nodes));
        }
    }

    /** SUBPROOF(m, D[start:end], b) with m counted from start. */
    private static void subproof(long m, long start, long end, boolean whole, Function<NodeKey, byte[]> nodes, List<byte[]> out) {
        long n = end - start;
        if (m == n) {
            if (!whole) {
                out.add(range(start, end, nodes));
            }
            return;
        }
        long k = split(n);
        if (m <= k) {
            subproof(m, start, start + k, whole, nodes, out);
            out.add(range(start + k, end, nodes));
        } else {
            subproof(m - k, start + k, end, false, nodes, out);
            out.add(range(start, start + k, nodes));
        }
    }
}
