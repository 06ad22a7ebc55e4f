package campus.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import campus.reporting.ResultsData;
import campus.reporting.ResultsReport;
import campus.reporting.ResultsReportTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command-line verbs as a person runs them, each in its own process on an embedded database:
 * import a history, report on it, import again (nothing changes), export and import into an empty
 * platform (the same report), and a bad folder (problems listed, nothing written).
 */
class HistoryCommandsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir Path dir;

    record Run(int exit, String stdout, String stderr) {
    }

    Run campus(String database, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dspring.datasource.url=jdbc:h2:file:" + dir.resolve(database) + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "campus.CampusApplication"));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), out, Files.readString(err));
    }

    Map<?, ?> report(String database, int year) throws Exception {
        Run run = campus(database, "report", "--year", String.valueOf(year));
        assertThat(run.exit()).as(run.stderr()).isZero();
        return JSON.readValue(run.stdout(), Map.class);
    }

    static Map<?, ?> expected(ResultsData data, int year) {
        return JSON.readValue(JSON.writeValueAsString(ResultsReport.compute(data, year)), Map.class);
    }

    @Test
    void importReportReimportExportRoundTrip() throws Exception {
        ResultsData history = ResultsReportTest.history();
        Path folder = dir.resolve("history");
        InterchangeFolder.write(history, folder);
        // the same view twice in the file: one view (the whole row is its key), even into empty tables
        Path views = folder.resolve("credential_views.csv");
        Files.writeString(views, Files.readString(views) + "C1,2024-10-02T10:00:00Z,v1\r\n");

        Run imported = campus("first", "import", folder.toString());
        assertThat(imported.exit()).as(imported.stderr()).isZero();
        assertThat(imported.stdout()).isEmpty();
        assertThat(report("first", 2024)).isEqualTo(expected(history, 2024));

        assertThat(campus("first", "import", folder.toString()).exit()).isZero();
        assertThat(report("first", 2024)).as("importing twice changes nothing").isEqualTo(expected(history, 2024));

        Path exported = dir.resolve("exported");
        assertThat(campus("first", "export", exported.toString()).exit()).isZero();
        assertThat(campus("second", "import", exported.toString()).exit()).isZero();
        assertThat(report("second", 2024)).isEqualTo(expected(history, 2024));
        assertThat(report("second", 2023)).isEqualTo(expected(history, 2023));
    }

    @Test
    void aBadFolderIsRefusedWholeWithEveryProblemNamed() throws Exception {
        Path folder = dir.resolve("bad");
        InterchangeFolder.write(ResultsReportTest.history(), folder);
        Path enrolments = folder.resolve("enrolments.csv");
        Files.writeString(enrolments, Files.readString(enrolments) + "E99,P1,X9,2024-01-01,enrolled,\r\n");

        Run run = campus("bad", "import", folder.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.stderr()).contains("enrolments.csv:16: activity_id: 'X9' is not in activities.csv")
                .contains("nothing was imported");
        assertThat(report("bad", 2024)).isEqualTo(expected(ResultsData.empty(), 2024));
    }
}
