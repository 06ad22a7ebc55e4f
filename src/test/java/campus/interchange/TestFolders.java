package campus.interchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes interchange files for tests, byte for byte as given, and a small valid folder to spoil one file of. */
final class TestFolders {

    private TestFolders() {
    }

    static void file(Path folder, String name, String content) {
        bytes(folder, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static void bytes(Path folder, String name, byte[] content) {
        try {
            Files.write(folder.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The three required files, valid: participants P1, P2; activities A1, A2; enrolments E1, E2. */
    static void valid(Path folder) {
        file(folder, "participants.csv", """
                participant_id,gender,birth_year,country,constituent
                P1,female,1980,FR,workers
                P2,male,1975,SN,employers
                """);
        file(folder, "activities.csv", """
                activity_id,title,modality,start_date
                A1,Social dialogue,online_tutored,2024-03-04
                A2,Labour statistics,self_guided,2024-05-01
                """);
        file(folder, "enrolments.csv", """
                enrolment_id,participant_id,activity_id,enrolled_on,status
                E1,P1,A1,2024-02-20,completed
                E2,P2,A2,2024-05-02,enrolled
                """);
    }

    /** The problems of reading the folder, as a person would see them. */
    static List<String> problems(Path folder) {
        return problems(InterchangeFolder.read(folder));
    }

    static List<String> problems(ReadResult result) {
        return result.problems().stream().map(InterchangeProblem::toString).toList();
    }
}
