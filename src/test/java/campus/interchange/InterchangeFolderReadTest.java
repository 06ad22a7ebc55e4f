package campus.interchange;

import static campus.interchange.TestFolders.file;
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
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A valid folder, written the many ways the format allows, reads into the records it describes. */
class InterchangeFolderReadTest {

    @TempDir Path folder;

    @Test
    void readsEveryFileWrittenTheWaysTheFormatAllows() {
        // byte-order mark, CRLF, columns out of order, an extra column, upper-case codes, a lower-case country,
        // spaces around values, an empty gender, header names in capitals, a quoted value with a comma,
        // a doubled quote and a line break
        file(folder, "participants.csv", "\uFEFFcountry,participant_id,notes,gender,constituent,birth_year,"
                + "position_level,given_name,family_name,email\r\n"
                + "fr,P1,\"ignored, as its column is not in the format\",FEMALE,Workers,1985,MID_CAREER,"
                + "\"Anne, \"\"Nan\"\"\r\nMarie\",Dupont,anne@example.org\r\n"
                + " sn , P2 ,, ,government,,,,,\r\n");
        file(folder, "partners.csv", "Partner_ID,Name,COUNTRY\nPA,\"Centre, Turin\",it\nPB,Ministry,\n");
        file(folder, "activities.csv", """
                title,activity_id,modality,start_date,end_date,language,partner_id
                Social dialogue,A1,ONLINE_TUTORED,2024-03-04,2024-04-12,EN,PA
                Labour statistics,A2,self_guided,2024-05-01,,,
                """);
        file(folder, "enrolments.csv", """
                enrolment_id,participant_id,activity_id,enrolled_on,status,completed_on
                E1,P1,A1,2024-02-20,Completed,2024-04-12
                E2,P2,A2,2024-05-02,enrolled,
                """);
        file(folder, "satisfaction.csv", "enrolment_id,submitted_on,overall\nE1,2024-04-13,5\nE2,,3\n");
        file(folder, "knowledge_tests.csv", "enrolment_id,pre_score,post_score\nE1,40,72.5\n");
        file(folder, "followups.csv", "enrolment_id,responded_on,can_apply,example_given\nE1,2024-10-01,YES,no\n");
        file(folder, "credentials.csv", "credential_id,enrolment_id,issued_on\nC1,E1,2024-04-12\n");
        file(folder, "credential_views.csv", "credential_id,viewed_at,viewer_id\nC1,2024-04-20T12:15:00+02:00,v-123\n"
                + "C1,2024-04-21T08:00:00Z,v-456\n");
        file(folder, "income_groups.csv", "country,income_group\nsn,Lower_Middle\n");

        ReadResult result = InterchangeFolder.read(folder);

        assertThat(result.problems()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.data()).isEqualTo(new ResultsData(
                List.of(new Participant("P1", "female", 1985, "FR", "workers", "mid_career",
                                "Anne, \"Nan\"\r\nMarie", "Dupont", "anne@example.org"),
                        new Participant("P2", "undisclosed", null, "SN", "government", null, null, null, null)),
                List.of(new Partner("PA", "Centre, Turin", "IT"), new Partner("PB", "Ministry", null)),
                List.of(new Activity("A1", "Social dialogue", Modality.ONLINE_TUTORED, LocalDate.of(2024, 3, 4),
                                LocalDate.of(2024, 4, 12), "en", "PA"),
                        new Activity("A2", "Labour statistics", Modality.SELF_GUIDED, LocalDate.of(2024, 5, 1),
                                null, null, null)),
                List.of(new Enrolment("E1", "P1", "A1", LocalDate.of(2024, 2, 20), "completed", LocalDate.of(2024, 4, 12)),
                        new Enrolment("E2", "P2", "A2", LocalDate.of(2024, 5, 2), "enrolled", null)),
                List.of(new Satisfaction("E1", LocalDate.of(2024, 4, 13), 5), new Satisfaction("E2", null, 3)),
                List.of(new KnowledgeTest("E1", 40, 72.5)),
                List.of(new FollowUp("E1", LocalDate.of(2024, 10, 1), true, false)),
                List.of(new Credential("C1", "E1", LocalDate.of(2024, 4, 12))),
                List.of(new CredentialView("C1", Instant.parse("2024-04-20T10:15:00Z"), "v-123"),
                        new CredentialView("C1", Instant.parse("2024-04-21T08:00:00Z"), "v-456")),
                Map.of("SN", "lower_middle")));
    }

    @Test
    void optionalFilesAndColumnsMayBeAbsent() {
        TestFolders.valid(folder);

        ReadResult result = InterchangeFolder.read(folder);

        assertThat(result.ok()).isTrue();
        ResultsData data = result.data();
        assertThat(data.participants()).extracting(Participant::id).containsExactly("P1", "P2");
        assertThat(data.participants().get(0).positionLevel()).isNull();
        assertThat(data.activities().get(0).partnerId()).isNull();
        assertThat(data.enrolments()).extracting(Enrolment::completedOn).containsOnlyNulls();
        assertThat(data.partners()).isEmpty();
        assertThat(data.satisfaction()).isEmpty();
        assertThat(data.credentialViews()).isEmpty();
        assertThat(data.incomeGroups()).isEmpty();
    }

    @Test
    void blankLinesAndAHeaderOnlyFileAreNoRows() {
        TestFolders.valid(folder);
        file(folder, "partners.csv", "partner_id,name,country\r\n");
        file(folder, "satisfaction.csv", "enrolment_id,submitted_on,overall\n\nE1,,4\n , , \n\n");

        ReadResult result = InterchangeFolder.read(folder);

        assertThat(result.problems()).isEmpty();
        assertThat(result.data().partners()).isEmpty();
        assertThat(result.data().satisfaction()).containsExactly(new Satisfaction("E1", null, 4));
    }

    @Test
    void codesReadTheSameWhateverTheDefaultLocale() {
        TestFolders.valid(folder);
        file(folder, "activities.csv", "activity_id,title,modality,start_date\nA1,Dialogue,ONLINE_TUTORED,2024-03-04\n"
                + "A2,Statistics,online_tutored,2024-05-01\n");
        Locale before = Locale.getDefault();
        try {
            // Turkish upper-cases i to a dotted capital I, which would make online_tutored unknown
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            ReadResult result = InterchangeFolder.read(folder);

            assertThat(result.problems()).isEmpty();
            assertThat(result.data().activities()).extracting(Activity::modality)
                    .containsOnly(Modality.ONLINE_TUTORED);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void referencesMayNameIdsAlreadyInThePlatform() {
        TestFolders.valid(folder);
        file(folder, "enrolments.csv", """
                enrolment_id,participant_id,activity_id,enrolled_on,status
                E3,P9,A9,2024-02-20,enrolled
                """);
        file(folder, "credentials.csv", "credential_id,enrolment_id,issued_on\nC2,E8,2024-04-12\n");
        file(folder, "credential_views.csv", "credential_id,viewed_at,viewer_id\nC8,2024-04-21T08:00:00Z,v-1\n");
        KnownIds known = new KnownIds(Set.of("P9"), Set.of("A9"), null,
                Set.of("E8"), Set.of("C8"));

        assertThat(InterchangeFolder.read(folder, known).problems()).isEmpty();
        assertThat(TestFolders.problems(folder)).containsExactly(
                "enrolments.csv:2: participant_id: 'P9' is not in participants.csv",
                "enrolments.csv:2: activity_id: 'A9' is not in activities.csv",
                "credentials.csv:2: enrolment_id: 'E8' is not in enrolments.csv",
                "credential_views.csv:2: credential_id: 'C8' is not in credentials.csv");
    }
}
