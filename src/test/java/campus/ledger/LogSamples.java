package campus.ledger;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/** Entries for tests: distinct 32-byte digests, appended in committed transactions. */
final class LogSamples {

    private LogSamples() {
    }

    static byte[] digest() {
        UUID id = UUID.randomUUID();
        return LogAuditor.sha256(ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array());
    }

    static List<byte[]> digests(int n) {
        List<byte[]> digests = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            digests.add(digest());
        }
        return digests;
    }

    /** Appends until the log holds at least size entries. */
    static void fill(LedgerApi ledger, TransactionTemplate transactions, long size) {
        long missing = size - ledger.treeSize();
        if (missing > 0) {
            transactions.executeWithoutResult(tx -> ledger.appendAll(digests((int) missing)));
        }
    }

    static List<LogEntry> append(LedgerApi ledger, TransactionTemplate transactions, List<byte[]> data) {
        return transactions.execute(tx -> ledger.appendAll(data));
    }
}
