package campus.interchange;

import static campus.interchange.TestFolders.file;
import static campus.interchange.TestFolders.problems;
import static campus.interchange.TestFolders.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input is told with its file, physical line and column, in words a person can act on. */
class InterchangeFolderProblemsTest {

    @TempDir Path folder;

    @BeforeEach
    void aValidFolderToSpoil() {
        valid(folder);
    }

    @Test
    void linesArePhysicalLinesAfterQuotedLineBreaksAndBlankLines() {
        // a row is told on the line it starts on, even when the bad value comes after its line breaks
        file(folder, "participants.csv", "participant_id,given_name,gender,country,constituent\r\n"
                + "P1,\"a name\r\nover\nthree lines\",female,XX,workers\r\n"
                + "\r\n"
                + "P2,Bob,femme,FR,workers\r\n"
                + "P3,\"Ann\",female,FR,unions");

        ReadResult result = InterchangeFolder.read(folder);

        assertThat(result.data()).isNull();
        assertThat(result.ok()).isFalse();
        assertThat(problems(result)).containsExactly(
                "participants.csv:2: country: 'XX' is not an ISO 3166-1 alpha-2 country code (two letters, e.g. FR)",
                "participants.csv:6: gender: 'femme' is not one of female, male, other, undisclosed",
                "participants.csv:7: constituent: 'unions' is not one of government, employers, workers, other");
        assertThat(result.problems().get(1))
                .isEqualTo(new InterchangeProblem("participants.csv", 6, "gender",
                        "'femme' is not one of female, male, other, undisclosed"));
    }

    @Test
    void ofTwoRowsWithTheSameIdTheLaterIsTheError() {
        file(folder, "participants.csv", """
                participant_id,gender,country,constituent
                P1,female,FR,workers
                P2,male,SN,employers
                P1,male,SN,employers
                p1,male,SN,employers
                """);

        assertThat(problems(folder)).containsExactly(
                "participants.csv:4: participant_id: 'P1' is already on line 2; ids must be unique in participants.csv");
    }

    @Test
    void referencesMustResolveInTheFolder() {
        file(folder, "activities.csv", """
                activity_id,title,modality,start_date,partner_id
                A1,Social dialogue,online_tutored,2024-03-04,PX
                A2,Labour statistics,self_guided,2024-05-01,
                """);
        file(folder, "enrolments.csv", """
                enrolment_id,participant_id,activity_id,enrolled_on,status
                E1,P1,A1,2024-02-20,completed
                E2,p2,X9,2024-05-02,enrolled
                """);
        file(folder, "credentials.csv", "credential_id,enrolment_id,issued_on\nC1,E1,2024-04-12\n");
        file(folder, "credential_views.csv", "credential_id,viewed_at,viewer_id\nC2,2024-04-20T10:00:00Z,v1\n");

        assertThat(problems(folder)).containsExactly(
                "activities.csv:2: partner_id: 'PX' is not in partners.csv (the folder has no partners.csv)",
                "enrolments.csv:3: participant_id: 'p2' is not in participants.csv",
                "enrolments.csv:3: activity_id: 'X9' is not in activities.csv",
                "credential_views.csv:2: credential_id: 'C2' is not in credentials.csv");
    }

    @Test
    void aMissingRequiredFileIsToldOnceNotForEveryRowPointingAtIt() throws IOException {
        Files.delete(folder.resolve("enrolments.csv"));
        file(folder, "satisfaction.csv", "enrolment_id,overall\nE1,4\nE2,5\n");

        assertThat(problems(folder)).containsExactly("enrolments.csv:1: the file is missing; the folder must have it, "
                + "with the columns enrolment_id, participant_id, activity_id, enrolled_on, status");
    }

    @Test
    void aMissingRequiredColumnIsToldOnceForTheFile() {
        file(folder, "participants.csv", """
                participant_id,gender,constituent
                P1,female,workers
                P2,,employers
                """);
        file(folder, "activities.csv", "title,modality,start_date\nSocial dialogue,blended,2024-03-04\n");

        assertThat(problems(folder)).containsExactly(
                "participants.csv:1: country: required column is missing from the header",
                "activities.csv:1: activity_id: required column is missing from the header");
    }

    @Test
    void requiredValuesMustNotBeEmpty() {
        file(folder, "activities.csv", """
                activity_id,title,modality,start_date
                A1,  ,online_tutored,
                A2,Labour statistics,"",2024-05-01
                """);

        assertThat(problems(folder)).containsExactly(
                "activities.csv:2: title: is empty; expected a value",
                "activities.csv:2: start_date: is empty; expected a date (YYYY-MM-DD)",
                "activities.csv:3: modality: is empty; expected one of face_to_face, online_tutored, self_guided, blended");
    }

    @Test
    void valuesMustBeOfTheirColumnsType() {
        file(folder, "participants.csv", """
                participant_id,gender,birth_year,country,constituent,position_level
                P1,female,85,XX,union,boss
                P2,male,1975,SN,employers,
                """);
        file(folder, "activities.csv", """
                activity_id,title,modality,start_date,end_date,language
                A1,Social dialogue,webinar,2024-13-01,2024-02-30,english
                A2,Labour statistics,self_guided,01/05/2024,,fr
                """);
        file(folder, "enrolments.csv", """
                enrolment_id,participant_id,activity_id,enrolled_on,status
                E1,P2,A2,2024-02-20,done
                """);
        file(folder, "followups.csv", "enrolment_id,responded_on,can_apply,example_given\nE1,2024-10-01,maybe,Y\n");
        file(folder, "credentials.csv", "credential_id,enrolment_id,issued_on\nC1,E1,2024-04-12\n");
        file(folder, "credential_views.csv", "credential_id,viewed_at,viewer_id\nC1,2024-04-20 10:15,v1\n");
        file(folder, "income_groups.csv", "country,income_group\nFR,rich\n");

        assertThat(problems(folder)).containsExactly(
                "participants.csv:2: birth_year: '85' is not a year from 1900 to 2100",
                "participants.csv:2: country: 'XX' is not an ISO 3166-1 alpha-2 country code (two letters, e.g. FR)",
                "participants.csv:2: constituent: 'union' is not one of government, employers, workers, other",
                "participants.csv:2: position_level: 'boss' is not one of junior, mid_career, senior",
                "activities.csv:2: modality: 'webinar' is not one of face_to_face, online_tutored, self_guided, blended",
                "activities.csv:2: start_date: '2024-13-01' is not a date (YYYY-MM-DD)",
                "activities.csv:2: end_date: '2024-02-30' is not a date (YYYY-MM-DD)",
                "activities.csv:2: language: 'english' is not an ISO 639-1 language code (two letters, e.g. en)",
                "activities.csv:3: start_date: '01/05/2024' is not a date (YYYY-MM-DD)",
                "enrolments.csv:2: status: 'done' is not one of enrolled, completed, withdrawn",
                "followups.csv:2: can_apply: 'maybe' is not one of yes, no",
                "followups.csv:2: example_given: 'Y' is not one of yes, no",
                "credential_views.csv:2: viewed_at: '2024-04-20 10:15' is not a date-time with a UTC offset "
                        + "(e.g. 2024-03-01T10:15:00Z or 2024-03-01T12:15:00+02:00)",
                "income_groups.csv:2: income_group: 'rich' is not one of low, lower_middle, upper_middle, high");
    }

    @Test
    void scoresAndOverallMustBeInRange() {
        file(folder, "satisfaction.csv", "enrolment_id,overall\nE1,6\nE2,4.5\n");
        file(folder, "knowledge_tests.csv", "enrolment_id,pre_score,post_score\nE1,-5,105\nE2,\"72,5\",NaN\n");

        assertThat(problems(folder)).containsExactly(
                "satisfaction.csv:2: overall: '6' is not an integer from 1 to 5",
                "satisfaction.csv:3: overall: '4.5' is not an integer from 1 to 5",
                "knowledge_tests.csv:2: pre_score: '-5' is not a number from 0 to 100 (with a point for decimals)",
                "knowledge_tests.csv:2: post_score: '105' is not a number from 0 to 100 (with a point for decimals)",
                "knowledge_tests.csv:3: pre_score: '72,5' is not a number from 0 to 100 (with a point for decimals)",
                "knowledge_tests.csv:3: post_score: 'NaN' is not a number from 0 to 100 (with a point for decimals)");
    }

    @Test
    void anEnrolmentHasAtMostOneRowPerSurveyFile() {
        file(folder, "satisfaction.csv", "enrolment_id,overall\nE1,4\nE2,5\nE1,3\n");
        file(folder, "knowledge_tests.csv", "enrolment_id,pre_score,post_score\nE2,10,20\nE2,30,40\n");
        file(folder, "income_groups.csv", "country,income_group\nFR,high\nfr,high\n");

        assertThat(problems(folder)).containsExactly(
                "satisfaction.csv:4: enrolment_id: 'E1' is already on line 2; "
                        + "an enrolment has at most one row in satisfaction.csv",
                "knowledge_tests.csv:3: enrolment_id: 'E2' is already on line 2; "
                        + "an enrolment has at most one row in knowledge_tests.csv",
                "income_groups.csv:3: country: 'FR' is already on line 2; a country has at most one row in income_groups.csv");
    }

    @Test
    void malformedFilesAreToldWhereTheyGoWrong() {
        file(folder, "partners.csv", "partner_id,name\nPA,\"Centre\" Turin\nPB,Ministry\n");
        file(folder, "satisfaction.csv", "enrolment_id,overall\nE1,4\nE2,\"5\n\n");
        file(folder, "knowledge_tests.csv", "");
        file(folder, "followups.csv", "enrolment_id,responded_on,can_apply,example_given,example_given\n");
        file(folder, "credentials.csv", "credential_id,enrolment_id,issued_on\nC1,E1,2024-04-12,Turin, Italy\nC2,E2\n");
        TestFolders.bytes(folder, "income_groups.csv",
                "country,income_group\nFR,high\nCI,lower_middle C\u00f4te d'Ivoire\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(problems(folder)).containsExactly(
                "partners.csv:2: a quoted value on this line is followed by other characters; "
                        + "write a double quote inside a quoted value as two double quotes; the rest of the file was not read",
                "satisfaction.csv:3: a quoted value starting on this line has no closing double quote; "
                        + "the rest of the file was not read",
                "knowledge_tests.csv:1: the file is empty; expected a header row with the columns "
                        + "enrolment_id, pre_score, post_score",
                "followups.csv:1: example_given: the column appears more than once in the header; keep one",
                "credentials.csv:2: the row has 5 values but the header has 3 columns; "
                        + "put a value that contains a comma in double quotes",
                "credentials.csv:3: the row has 2 values but the header has 3 columns",
                "credentials.csv:3: issued_on: is empty; expected a date (YYYY-MM-DD)",
                "income_groups.csv:3: the file is not UTF-8 text: this line has a character in another encoding; "
                        + "save the file as UTF-8");
    }

    @Test
    void afterAHundredProblemsTheRestAreCounted() {
        StringBuilder participants = new StringBuilder("participant_id,gender,country,constituent\n");
        for (int i = 1; i <= 150; i++) {
            participants.append("P").append(i).append(",femme,FR,workers\n");
        }
        file(folder, "participants.csv", participants.toString());
        file(folder, "enrolments.csv", "enrolment_id,participant_id,activity_id,enrolled_on,status\n");

        List<String> problems = problems(folder);

        assertThat(problems).hasSize(101);
        assertThat(problems.get(0)).isEqualTo(
                "participants.csv:2: gender: 'femme' is not one of female, male, other, undisclosed");
        assertThat(problems.get(99)).startsWith("participants.csv:101: gender:");
        assertThat(problems.get(100)).isEqualTo("50 more problems were found; only the first 100 are listed");
    }

    @Test
    void aLaterFilesReadingProblemsFollowAnEarlierFilesRowProblemsWithinTheLimit() {
        // the later file is parsed on its own thread while the earlier is checked: the answer is the same
        StringBuilder participants = new StringBuilder("participant_id,gender,country,constituent\n");
        for (int i = 1; i <= 80; i++) {
            participants.append("P").append(i).append(",femme,FR,workers\n");
        }
        StringBuilder credentials = new StringBuilder("credential_id,enrolment_id,issued_on\n");
        for (int i = 1; i <= 50; i++) {
            credentials.append("C").append(i).append(",E1\n");
        }
        file(folder, "participants.csv", participants.toString());
        file(folder, "credentials.csv", credentials.toString());

        List<String> problems = problems(folder);

        assertThat(problems).hasSize(101);
        assertThat(problems.get(79)).startsWith("participants.csv:81: gender:");
        assertThat(problems.get(80)).isEqualTo("credentials.csv:2: the row has 2 values but the header has 3 columns");
        assertThat(problems.get(99)).startsWith("credentials.csv:");
        // every short row is also missing its issued_on and names an unknown enrolment: counted, not listed
        assertThat(problems.get(100)).endsWith("more problems were found; only the first 100 are listed");
    }
}
