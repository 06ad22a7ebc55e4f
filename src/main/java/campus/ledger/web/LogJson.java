package campus.ledger.web;

import campus.keys.Multikey;
import campus.ledger.Checkpoint;
import campus.ledger.internal.TransparencyLog.LeafView;
import campus.ledger.internal.TransparencyLog.LogKeyView;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/** The JSON documents of the log API (docs/transparency-log.md); every hash and byte string in standard base64. */
final class LogJson {

    private LogJson() {
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static List<String> b64(List<byte[]> hashes) {
        return hashes.stream().map(LogJson::b64).toList();
    }

    record CheckpointDoc(String origin, long treeSize, String rootHash, Instant timestamp, String keyId, String note) {
        static CheckpointDoc of(Checkpoint c) {
            return new CheckpointDoc(c.origin(), c.treeSize(), b64(c.rootHash()), c.timestamp(), c.keyId(), c.signedNote());
        }
    }

    /** A page of checkpoints; next is the from of the following page, null at the end. */
    record Checkpoints(List<CheckpointDoc> checkpoints, Long next) {
    }

    record Entry(long index, String data, String leafHash) {
        static Entry of(LeafView leaf) {
            return new Entry(leaf.index(), b64(leaf.data()), b64(leaf.leafHash()));
        }
    }

    /** Entries [start, end) of a log of treeSize entries. */
    record Entries(long treeSize, long start, long end, List<Entry> entries) {
    }

    /** checkpoint: the signed note of the tree of treeSize, when one was signed at that size. */
    record Inclusion(long leafIndex, long treeSize, String leafHash, List<String> path, String rootHash, String checkpoint) {
    }

    record Consistency(long first, long second, List<String> path) {
    }

    record Key(String keyId, String publicKey, String publicKeyMultibase, String verifierKey, Instant createdAt,
               Instant retiredAt) {
        static Key of(LogKeyView key) {
            return new Key(key.keyId(), b64(key.publicKey()), Multikey.encode(key.publicKey()), key.verifierKey(),
                    key.createdAt(), key.retiredAt());
        }
    }

    record Keys(String origin, List<Key> keys) {
    }
}
