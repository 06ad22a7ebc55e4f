package campus.interchange.internal;

import campus.interchange.InterchangeFolder;
import campus.interchange.KnownIds;
import campus.interchange.ReadResult;
import campus.reporting.ReportingApi;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an interchange folder, all or nothing: it is read and checked whole (its references may
 * name records already held), and only a folder without a single problem is written, in one
 * transaction, merged by external id.
 */
@Service
public class HistoryImport {

    private final ReportingApi reporting;
    private final TransactionTemplate transactions;

    HistoryImport(ReportingApi reporting, TransactionTemplate transactions) {
        this.reporting = reporting;
        this.transactions = transactions;
    }

    /** Reads and, when valid, writes the folder; the result's problems say why nothing was written. */
    public ReadResult importFolder(Path folder) {
        ReadResult result = InterchangeFolder.read(folder, known(reporting.knownIds()));
        if (result.ok()) {
            transactions.executeWithoutResult(tx -> reporting.record(result.data()));
        }
        return result;
    }

    static KnownIds known(Map<String, Set<String>> ids) {
        return new KnownIds(ids.get("participant"), ids.get("activity"), ids.get("partner"), ids.get("enrolment"),
                ids.get("credential"));
    }
}
