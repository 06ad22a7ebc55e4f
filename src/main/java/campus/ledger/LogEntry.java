package campus.ledger;

import java.util.Arrays;
import java.util.HexFormat;

/** An appended entry: its index in the log (dense from 0) and its leaf hash SHA-256(0x00 || data). */
public record LogEntry(long index, byte[] leafHash) {

    public LogEntry {
        leafHash = leafHash.clone();
    }

    @Override
    public byte[] leafHash() {
        return leafHash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogEntry that && index == that.index && Arrays.equals(leafHash, that.leafHash);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(index);
    }

    @Override
    public String toString() {
        return "LogEntry[" + index + ", " + HexFormat.of().formatHex(leafHash) + "]";
    }
}
