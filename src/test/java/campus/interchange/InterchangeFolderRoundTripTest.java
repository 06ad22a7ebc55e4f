package campus.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import campus.reporting.ResultsData;
import campus.reporting.ResultsData.Activity;
import campus.reporting.ResultsData.Credential;
import campus.reporting.ResultsData.CredentialView;
import campus.reporting.ResultsData.Enrolment;
import campus.reporting.ResultsData.FollowUp;
import campus.reporting.ResultsData.KnowledgeTest;
import campus.reporting.ResultsData.Participant;
import campus.reporting.ResultsData.Partner;
import campus.reporting.ResultsData.Satisfaction;
import campus.shared.Modality;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What export writes, import reads back to the same data. */
class InterchangeFolderRoundTripTest {

    @TempDir Path folder;

    static final ResultsData DATA = new ResultsData(
            List.of(new Participant("P1", "female", 1985, "CI", "workers", "mid_career", "Anne, \"Nan\"\nMarie",
                            "N'Guessan", "anne@example.org"),
                    new Participant("P2", "undisclosed", null, "JP", "other", null, "=1+1", "日本", null)),
            List.of(new Partner("PA", "Centre, Turin", "IT"), new Partner("PB", "Ministry", null)),
            List.of(new Activity("A1", "Dialogue \"social\"", Modality.FACE_TO_FACE, LocalDate.of(2024, 3, 4),
                            LocalDate.of(2024, 4, 12), "fr", "PA"),
                    new Activity("A2", "Statistics", Modality.BLENDED, LocalDate.of(2024, 5, 1), null, null, null)),
            List.of(new Enrolment("E1", "P1", "A1", LocalDate.of(2024, 2, 20), "completed", LocalDate.of(2024, 4, 12)),
                    new Enrolment("E2", "P2", "A2", LocalDate.of(2024, 5, 2), "withdrawn", null)),
            List.of(new Satisfaction("E1", LocalDate.of(2024, 4, 13), 5), new Satisfaction("E2", null, 1)),
            List.of(new KnowledgeTest("E1", 0, 100), new KnowledgeTest("E2", 33.333333333333336, 72.5)),
            List.of(new FollowUp("E1", LocalDate.of(2024, 10, 1), true, false)),
            List.of(new Credential("C1", "E1", LocalDate.of(2024, 4, 12))),
            List.of(new CredentialView("C1", Instant.parse("2024-03-01T10:15:00Z"), "v-123"),
                    new CredentialView("C1", Instant.parse("2024-03-02T08:00:00.250Z"), "v-123")),
            Map.of("CI", "lower_middle", "IT", "high"));

    @Test
    void readingWhatWasWrittenGivesTheSameData() {
        InterchangeFolder.write(DATA, folder);

        ReadResult result = InterchangeFolder.read(folder);

        assertThat(result.problems()).isEmpty();
        assertThat(result.data()).isEqualTo(DATA);
    }

    @Test
    void writesTheFormatsCanonicalForm() throws IOException {
        InterchangeFolder.write(DATA, folder);

        assertThat(lines("participants.csv")).startsWith(
                "participant_id,gender,birth_year,country,constituent,position_level,given_name,family_name,email",
                "P1,female,1985,CI,workers,mid_career,\"Anne, \"\"Nan\"\"\nMarie\",N'Guessan,anne@example.org",
                "P2,undisclosed,,JP,other,,=1+1,日本,");
        assertThat(lines("credential_views.csv")).containsExactly("credential_id,viewed_at,viewer_id",
                "C1,2024-03-01T10:15:00Z,v-123", "C1,2024-03-02T08:00:00.250Z,v-123");
        assertThat(lines("knowledge_tests.csv")).containsExactly("enrolment_id,pre_score,post_score",
                "E1,0,100", "E2,33.333333333333336,72.5");
        assertThat(lines("income_groups.csv")).containsExactly("country,income_group", "CI,lower_middle", "IT,high");
    }

    @Test
    void anEmptyPlatformIsNineFilesOfHeadersAndNoIncomeGroups() throws IOException {
        InterchangeFolder.write(DATA, folder);
        InterchangeFolder.write(ResultsData.empty(), folder);

        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("participants.csv",
                    "partners.csv", "activities.csv", "enrolments.csv", "satisfaction.csv", "knowledge_tests.csv",
                    "followups.csv", "credentials.csv", "credential_views.csv");
        }
        assertThat(lines("followups.csv")).containsExactly("enrolment_id,responded_on,can_apply,example_given");
        assertThat(InterchangeFolder.read(folder).data()).isEqualTo(ResultsData.empty());
    }

    private List<String> lines(String file) throws IOException {
        return List.of(Files.readString(folder.resolve(file), StandardCharsets.UTF_8).split("\r\n"));
    }
}
