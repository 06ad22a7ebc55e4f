package campus.interchange.internal;

import campus.interchange.KnownIds;
import campus.interchange.ReadResult;
import campus.reporting.ReportingApi;
import campus.reporting.ResultsData;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an interchange folder, all or nothing: it is read and checked whole (its references may
 * name records already held), and only a folder without a single problem is committed, in one
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
        return importFolder(folder, ImportProgress.NONE);
    }

    /**
     * As {@link #importFolder(Path)}, telling how far it has got while reading, checking and writing. Writing
     * starts with the first file checked, on a thread of its own; how far it has got is told once checking ends.
     */
    public ReadResult importFolder(Path folder, ImportProgress progress) {
        WritingProgress writing = new WritingProgress(progress);
        ImportWriter writer = new ImportWriter(reporting, transactions, writing::written);
        ReadResult result;
        try {
            result = FolderReader.read(folder, known(reporting.knownIds()), writing, writer);
        } catch (RuntimeException | Error e) {
            writer.rollBack();
            throw e;
        }
        if (!result.ok()) {
            writer.rollBack();
            return result;
        }
        writing.checkedAll(result.data().records());
        writer.commit();
        return result;
    }

    static KnownIds known(Map<String, Set<String>> ids) {
        return new KnownIds(ids.get("participant"), ids.get("activity"), ids.get("partner"), ids.get("enrolment"),
                ids.get("credential"));
    }
}
