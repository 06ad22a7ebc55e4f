package campus.ledger;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * What a third-party auditor would write from RFC 9162 section 2.1 and the C2SP signed-note text
 * alone: it shares no code with the log (no MerkleProofs, no BouncyCastle; Ed25519 is the JDK's own).
 * The naive tree hash and reference proofs recompute everything from the leaves; the two verifiers
 * follow 2.1.3.2 and 2.1.4.2 step by step.
 */
public final class LogAuditor {

    private LogAuditor() {
    }

    public static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                sha.update(part);
            }
            return sha.digest();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] leaf(byte[] data) {
        return sha256(new byte[] {0x00}, data);
    }

    public static byte[] node(byte[] left, byte[] right) {
        return sha256(new byte[] {0x01}, left, right);
    }

    /** k: the largest power of two smaller than n (n > 1). */
    public static int k(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }

    /** MTH(D[n]) straight from the definition, over the leaves' data. */
    public static byte[] mth(List<byte[]> data) {
        int n = data.size();
        if (n == 0) {
            return sha256();
        }
        if (n == 1) {
            return leaf(data.get(0));
        }
        int k = k(n);
        return node(mth(data.subList(0, k)), mth(data.subList(k, n)));
    }

    /** PATH(m, D[n]) from the definition. */
    public static List<byte[]> path(int m, List<byte[]> data) {
        int n = data.size();
        List<byte[]> out = new ArrayList<>();
        if (n <= 1) {
            return out;
        }
        int k = k(n);
        if (m < k) {
            out.addAll(path(m, data.subList(0, k)));
            out.add(mth(data.subList(k, n)));
        } else {
            out.addAll(path(m - k, data.subList(k, n)));
            out.add(mth(data.subList(0, k)));
        }
        return out;
    }

    /** PROOF(m, D[n]) = SUBPROOF(m, D[n], true) from the definition. */
    public static List<byte[]> proof(int m, List<byte[]> data) {
        return subproof(m, data, true);
    }

    private static List<byte[]> subproof(int m, List<byte[]> data, boolean b) {
        int n = data.size();
        List<byte[]> out = new ArrayList<>();
        if (m == n) {
            if (!b) {
                out.add(mth(data));
            }
            return out;
        }
        int k = k(n);
        if (m <= k) {
            out.addAll(subproof(m, data.subList(0, k), b));
            out.add(mth(data.subList(k, n)));
        } else {
            out.addAll(subproof(m - k, data.subList(k, n), false));
            out.add(mth(data.subList(0, k)));
        }
        return out;
    }

    /** RFC 9162 2.1.3.2, verifying an inclusion proof. */
    public static boolean inclusionVerifies(long leafIndex, long treeSize, byte[] hash, List<byte[]> inclusionPath, byte[] rootHash) {
        // 1. leaf_index >= tree_size fails
        if (leafIndex >= treeSize) {
            return false;
        }
        // 2. fn = leaf_index, sn = tree_size - 1; 3. r = hash
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = hash;
        // 4. for each p in inclusion_path
        for (byte[] p : inclusionPath) {
            if (sn == 0) {
                return false; // a.
            }
            if (lsb(fn) || fn == sn) { // b.
                r = node(p, r);
                if (!lsb(fn)) {
                    while (!(lsb(fn) || fn == 0)) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = node(r, p);
            }
            fn >>= 1; // c.
            sn >>= 1;
        }
        // 5.
        return sn == 0 && Arrays.equals(r, rootHash);
    }

    /** RFC 9162 2.1.4.2, verifying consistency between two tree heads (0 < first < second). */
    public static boolean consistencyVerifies(long first, long second, byte[] firstHash, byte[] secondHash, List<byte[]> consistencyPath) {
        if (first == second) {
            return consistencyPath.isEmpty() && Arrays.equals(firstHash, secondHash);
        }
        if (first <= 0 || first > second) {
            return false;
        }
        // 1.
        if (consistencyPath.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(consistencyPath);
        // 2. first an exact power of 2: prepend first_hash
        if (Long.bitCount(first) == 1) {
            path.add(0, firstHash);
        }
        // 3.
        long fn = first - 1;
        long sn = second - 1;
        // 4.
        while (lsb(fn)) {
            fn >>= 1;
            sn >>= 1;
        }
        // 5.
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        // 6.
        for (int i = 1; i < path.size(); i++) {
            byte[] c = path.get(i);
            if (sn == 0) {
                return false;
            }
            if (lsb(fn) || fn == sn) {
                fr = node(c, fr);
                sr = node(c, sr);
                if (!lsb(fn)) {
                    while (!(lsb(fn) || fn == 0)) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        // 7.
        return Arrays.equals(fr, firstHash) && Arrays.equals(sr, secondHash) && sn == 0;
    }

    private static boolean lsb(long x) {
        return (x & 1) == 1;
    }

    /** The body lines of a C2SP checkpoint note whose signature by keyName verifies with the JDK's Ed25519; null otherwise. */
    public static String[] verifiedCheckpoint(String note, String keyName, byte[] rawPublicKey) throws Exception {
        int blank = note.lastIndexOf("\n\n");
        String text = note.substring(0, blank + 1);
        byte[] keyHash = Arrays.copyOf(sha256(keyName.getBytes(StandardCharsets.UTF_8), new byte[] {0x0A, 0x01}, rawPublicKey), 4);
        for (String line : note.substring(blank + 2).split("\n")) {
            String[] parts = line.split(" ");
            if (parts.length != 3 || !parts[0].equals("\u2014") || !parts[1].equals(keyName)) {
                continue;
            }
            byte[] signed = Base64.getDecoder().decode(parts[2]);
            if (!Arrays.equals(Arrays.copyOf(signed, 4), keyHash)) {
                continue;
            }
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(jdkPublicKey(rawPublicKey));
            ed25519.update(text.getBytes(StandardCharsets.UTF_8));
            return ed25519.verify(Arrays.copyOfRange(signed, 4, signed.length)) ? text.split("\n") : null;
        }
        return null;
    }

    /** A raw 32-byte Ed25519 key as the JDK wants it: the fixed SubjectPublicKeyInfo prefix of RFC 8410 + key. */
    public static PublicKey jdkPublicKey(byte[] raw) throws Exception {
        byte[] spki = HexFormat.of().parseHex("302a300506032b6570032100" + HexFormat.of().formatHex(raw));
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    }

    public static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    public static byte[] b64(String text) {
        return Base64.getDecoder().decode(text);
    }
}
