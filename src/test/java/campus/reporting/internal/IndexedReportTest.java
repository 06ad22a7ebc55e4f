package campus.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import campus.reporting.ResultsData;
import campus.reporting.ResultsReport;
import campus.reporting.ResultsReportTest;
import campus.shared.Modality;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast, array-based report equals the reference ResultsReport (written straight from the
 * specification) on the hand-worked history and on hundreds of random histories full of edge cases:
 * ties on the same day, ids outside the Basic Multilingual Plane, withdrawn and unknown values.
 */
class IndexedReportTest {

    @Test
    void equalsTheReferenceOnTheHandWorkedHistory() {
        ResultsData history = ResultsReportTest.history();
        ResultsIndex index = new ResultsIndex(history);
        for (int year = 2019; year <= 2027; year++) {
            assertThat(IndexedReport.compute(index, year)).as("year " + year).isEqualTo(ResultsReport.compute(history, year));
        }
    }

    @Test
    void equalsTheReferenceOnRandomHistories() {
        for (int seed = 0; seed < 300; seed++) {
            ResultsData data = random(new Random(seed));
            ResultsIndex index = new ResultsIndex(data);
            for (int year = 2019; year <= 2025; year++) {
                assertThat(IndexedReport.compute(index, year)).as("seed " + seed + ", year " + year)
                        .isEqualTo(ResultsReport.compute(data, year));
            }
        }
    }

    @Test
    void aPackedIndexReadsBackToTheSameReports() throws Exception {
        for (int seed = 0; seed < 50; seed++) {
            ResultsData data = random(new Random(seed));
            ResultsIndex index = new ResultsIndex(data);
            ResultsIndex read = new ResultsIndex(new java.io.DataInputStream(
                    new java.io.ByteArrayInputStream(ResultsSnapshots.packed(index))));
            for (int year = 2019; year <= 2025; year++) {
                assertThat(IndexedReport.compute(read, year)).as("seed " + seed + ", year " + year)
                        .isEqualTo(ResultsReport.compute(data, year));
            }
        }
    }

    static ResultsData random(Random r) {
        String[] genders = {"female", "male", "other", "undisclosed"};
        String[] constituents = {"government", "employers", "workers", "other"};
        String[] countries = {"KE", "FR", "VE", "BR", null};
        // ids that sort differently in UTF-16 units and in code points
        String[] prefixes = {"E", "e", "\uD83D\uDE00", "\uFF21", "E1"};
        int people = 1 + r.nextInt(12);
        List<ResultsData.Participant> participants = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            participants.add(new ResultsData.Participant("P" + p, genders[r.nextInt(4)], r.nextInt(4) == 0 ? null : 1960 + r.nextInt(50),
                    countries[r.nextInt(countries.length)], constituents[r.nextInt(4)], null, null, null, null));
        }
        List<ResultsData.Activity> activities = new ArrayList<>();
        int activityCount = 1 + r.nextInt(6);
        for (int a = 0; a < activityCount; a++) {
            activities.add(new ResultsData.Activity("A" + a, "A", Modality.values()[r.nextInt(4)],
                    LocalDate.of(2019, 1, 1).plusDays(r.nextInt(6 * 365)), null, "en", r.nextBoolean() ? "UN" : null));
        }
        List<ResultsData.Enrolment> enrolments = new ArrayList<>();
        List<ResultsData.Satisfaction> satisfaction = new ArrayList<>();
        List<ResultsData.KnowledgeTest> tests = new ArrayList<>();
        List<ResultsData.FollowUp> followUps = new ArrayList<>();
        List<ResultsData.Credential> credentials = new ArrayList<>();
        List<ResultsData.CredentialView> views = new ArrayList<>();
        int n = r.nextInt(30);
        for (int i = 0; i < n; i++) {
            String id = prefixes[r.nextInt(prefixes.length)] + "-" + i; // unique, as the interchange reader ensures
            // few distinct days, so ties on the reporting date are common
            LocalDate on = LocalDate.of(2019 + r.nextInt(6), 1 + r.nextInt(2) * 6, 1);
            String status = List.of("enrolled", "completed", "withdrawn").get(r.nextInt(3));
            enrolments.add(new ResultsData.Enrolment(id, "P" + r.nextInt(people), "A" + r.nextInt(activityCount), on, status, null));
            if (r.nextBoolean()) {
                satisfaction.add(new ResultsData.Satisfaction(id, null, 1 + r.nextInt(5)));
            }
            if (r.nextBoolean()) {
                tests.add(new ResultsData.KnowledgeTest(id, r.nextInt(3) * 10, r.nextInt(3) * 10));
            }
            if (r.nextInt(3) == 0) {
                followUps.add(new ResultsData.FollowUp(id, on.plusMonths(r.nextInt(24)), r.nextBoolean(), r.nextBoolean()));
            }
            if (r.nextInt(3) == 0) {
                credentials.add(new ResultsData.Credential("C" + i, id, on.plusMonths(r.nextInt(12))));
                views.add(new ResultsData.CredentialView("C" + i, Instant.parse("2024-12-31T23:59:59Z").minusSeconds(r.nextInt(3) * 86_400L * 200),
                        "V" + r.nextInt(4)));
            }
        }
        Map<String, String> income = r.nextBoolean() ? Map.of() : Map.of("KE", "low", "FR", "high");
        return new ResultsData(participants, List.of(), activities, enrolments, satisfaction, tests, followUps, credentials,
                views, income);
    }
}
