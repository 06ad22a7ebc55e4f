package campus.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9162 section 2.1 hashing with SHA-256 — leaf H(0x00 || data), node H(0x01 || left || right),
 * empty tree H() — and the verification of inclusion (2.1.3.2) and consistency (2.1.4.2) proofs.
 */
public final class MerkleProofs {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private MerkleProofs() {
    }

    public static byte[] leafHash(byte[] data) {
        MessageDigest sha = SHA256.get();
        sha.update((byte) 0x00);
        return sha.digest(data);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha = SHA256.get();
        sha.update((byte) 0x01);
        sha.update(left);
        return sha.digest(right);
    }

    /** The root hash of the empty tree: SHA-256 of nothing. */
    public static byte[] emptyRoot() {
        return SHA256.get().digest();
    }

    /** RFC 9162 2.1.3.2: whether path proves leafHash at index in the tree of size with root rootHash. */
    public static boolean verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> path, byte[] rootHash) {
        if (index < 0 || index >= size || leafHash == null || rootHash == null || path == null) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, rootHash);
    }

    /**
     * RFC 9162 2.1.4.2: whether path proves the tree of size first (root firstRoot) a prefix of the tree
     * of size second (root secondRoot). Equal sizes need an empty path and equal roots.
     */
    public static boolean verifyConsistency(long first, long second, List<byte[]> path, byte[] firstRoot, byte[] secondRoot) {
        if (first < 1 || first > second || path == null || firstRoot == null || secondRoot == null) {
            return false;
        }
        if (first == second) {
            return path.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
        }
        if (path.isEmpty()) {
            return false;
        }
        List<byte[]> c = new ArrayList<>(path);
        if ((first & (first - 1)) == 0) {
            c.add(0, firstRoot);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = c.get(0);
        byte[] sr = c.get(0);
        for (byte[] next : c.subList(1, c.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(next, fr);
                sr = nodeHash(next, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, next);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
    }
}
