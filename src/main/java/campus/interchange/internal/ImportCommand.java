package campus.interchange.internal;

import campus.interchange.InterchangeFolder;
import campus.interchange.InterchangeProblem;
import campus.interchange.KnownIds;
import campus.interchange.ReadResult;
import campus.reporting.ReportingApi;
import campus.reporting.ResultsData;
import campus.shared.CommandFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code import DIR}: reads an interchange folder into the platform, all or nothing. Every problem
 * is listed as {@code file:line: column: what is wrong} and then nothing is written; a valid folder
 * is merged by external id, so importing it again changes nothing.
 */
@Component
@ConditionalOnProperty(name = "campus.command", havingValue = "import")
class ImportCommand implements ApplicationRunner {

    private final ReportingApi reporting;
    private final TransactionTemplate transactions;

    ImportCommand(ReportingApi reporting, TransactionTemplate transactions) {
        this.reporting = reporting;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        String[] args = arguments.getSourceArgs();
        if (args.length != 1) {
            throw new CommandFailure("give one folder: import DIR");
        }
        Path folder = Path.of(args[0]);
        if (!Files.isDirectory(folder)) {
            throw new CommandFailure(folder + " is not a folder");
        }
        System.err.println("Reading " + folder.toAbsolutePath() + " …");
        ReadResult result = InterchangeFolder.read(folder, known(reporting.knownIds()));
        if (!result.ok()) {
            result.problems().stream().map(InterchangeProblem::toString).forEach(System.err::println);
            throw new CommandFailure(result.problems().size() + " problem(s) found; nothing was imported. "
                    + "Correct the files and run the import again.");
        }
        ResultsData data = result.data();
        System.err.println("Valid. Writing " + data.participants().size() + " participants, " + data.activities().size()
                + " activities, " + data.enrolments().size() + " enrolments, " + data.satisfaction().size()
                + " satisfaction responses, " + data.knowledgeTests().size() + " test scores, " + data.followUps().size()
                + " follow-ups, " + data.credentials().size() + " credentials, " + data.credentialViews().size()
                + " credential views …");
        transactions.executeWithoutResult(tx -> reporting.record(data));
        System.err.println("Imported " + folder.toAbsolutePath() + ".");
    }

    static KnownIds known(Map<String, Set<String>> ids) {
        return new KnownIds(ids.get("participant"), ids.get("activity"), ids.get("partner"), ids.get("enrolment"),
                ids.get("credential"));
    }
}
