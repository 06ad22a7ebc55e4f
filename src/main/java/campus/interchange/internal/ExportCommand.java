package campus.interchange.internal;

import campus.interchange.InterchangeFolder;
import campus.reporting.ReportingApi;
import campus.shared.CommandFailure;
import java.nio.file.Path;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code export DIR}: writes everything the report is computed from as an interchange folder. */
@Component
@ConditionalOnProperty(name = "campus.command", havingValue = "export")
class ExportCommand implements ApplicationRunner {

    private final ReportingApi reporting;

    ExportCommand(ReportingApi reporting) {
        this.reporting = reporting;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        String[] args = arguments.getSourceArgs();
        if (args.length != 1) {
            throw new CommandFailure("give one folder: export DIR");
        }
        Path folder = Path.of(args[0]);
        InterchangeFolder.write(reporting.data(), folder);
        System.err.println("Exported to " + folder.toAbsolutePath() + ".");
    }
}
