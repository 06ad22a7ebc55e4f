package campus.ledger;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A signed checkpoint of the log: origin, tree size, root hash and time, as a C2SP tlog-checkpoint
 * signed by the log key keyId. signedNote is exactly what /log/checkpoint publishes.
 */
public record Checkpoint(String origin, long treeSize, byte[] rootHash, Instant timestamp, String keyId, String signedNote) {

    /** The extension line that carries the time: "Timestamp: " + RFC 3339 UTC with milliseconds. */
    public static final String TIMESTAMP_LINE = "Timestamp: ";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    public Checkpoint {
        Objects.requireNonNull(origin);
        rootHash = rootHash.clone();
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** The signed text of a checkpoint: origin, size, base64 root, then the time as an extension line. */
    public static String text(String origin, long treeSize, byte[] rootHash, Instant timestamp) {
        return origin + "\n" + treeSize + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n"
                + TIMESTAMP_LINE + TIME.format(timestamp.truncatedTo(ChronoUnit.MILLIS)) + "\n";
    }

    /** Whether the note is signed by this public key (key name = origin) and says what this record says. */
    public boolean verify(byte[] publicKey) {
        return SignedNote.verifiedText(signedNote, origin, publicKey)
                .filter(text -> text.equals(text(origin, treeSize, rootHash, timestamp))).isPresent();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint that && signedNote.equals(that.signedNote) && keyId.equals(that.keyId)
                && treeSize == that.treeSize && Arrays.equals(rootHash, that.rootHash);
    }

    @Override
    public int hashCode() {
        return signedNote.hashCode();
    }

    @Override
    public String toString() {
        return "Checkpoint[" + origin + ", size " + treeSize + ", " + Base64.getEncoder().encodeToString(rootHash) + ", "
                + timestamp + ", " + keyId + "]";
    }
}
