package campus.interchange.internal;

import campus.interchange.InterchangeProblem;
import campus.interchange.ReadResult;
import campus.reporting.ResultsData;
import campus.shared.CommandFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code import DIR}: reads an interchange folder into the platform, all or nothing. Every problem
 * is listed as {@code file:line: column: what is wrong} and then nothing is written; a valid folder
 * is merged by external id, so importing it again changes nothing. Progress goes to standard error
 * every two seconds while a large folder is read, checked and written.
 */
@Component
@ConditionalOnProperty(name = "campus.command", havingValue = "import")
class ImportCommand implements ApplicationRunner {

    private final HistoryImport history;

    ImportCommand(HistoryImport history) {
        this.history = history;
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
        ReadResult result = history.importFolder(folder, new ConsoleProgress(System.err, System::nanoTime));
        if (!result.ok()) {
            result.problems().stream().map(InterchangeProblem::toString).forEach(System.err::println);
            throw new CommandFailure(result.problems().size() + " problem(s) found; nothing was imported. "
                    + "Correct the files and run the import again.");
        }
        ResultsData data = result.data();
        System.err.println("Imported " + data.participants().size() + " participants, " + data.activities().size()
                + " activities, " + data.enrolments().size() + " enrolments, " + data.satisfaction().size()
                + " satisfaction responses, " + data.knowledgeTests().size() + " test scores, " + data.followUps().size()
                + " follow-ups, " + data.credentials().size() + " credentials, " + data.credentialViews().size()
                + " credential views from " + folder.toAbsolutePath() + ".");
    }
}
