package campus.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import campus.reporting.ResultsData.Activity;
import campus.reporting.ResultsData.Credential;
import campus.reporting.ResultsData.CredentialView;
import campus.reporting.ResultsData.Enrolment;
import campus.reporting.ResultsData.FollowUp;
import campus.reporting.ResultsData.KnowledgeTest;
import campus.reporting.ResultsData.Participant;
import campus.reporting.ResultsData.Satisfaction;
import campus.shared.Modality;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every indicator of docs/indicators.md on a small history whose figures are worked out by hand
 * (the working is in the comments). Year under test: 2024; biennium 2024-25.
 *
 * <pre>
 * participant  gender       born  country            constituent
 * P1           female       1990  KE lower_middle     workers
 * P2           male         2001  FR high             employers
 * P3           undisclosed  -     KE lower_middle     government
 * P4           other        1965  BR upper_middle     other
 * P5           female       1999  VE unclassified     government
 * P6           female       1980  FR high             workers      (only a withdrawn enrolment)
 * P7           male         1995  FR high             workers
 *
 * enrolment  who  activity (modality, start)        enrolled_on  status     reporting date
 * E01        P1   A3 self_guided                     2024-01-15   enrolled   2024-01-15
 * E02        P1   A2 online_tutored 2024-06-01 (UN1) 2024-05-01   completed  2024-06-01
 * E03        P2   A1 face_to_face   2024-03-10       2024-01-20   completed  2024-03-10
 * E04        P3   A3 self_guided                     2023-12-31   enrolled   2023-12-31
 * E05        P3   A1 face_to_face   2024-03-10       2024-02-01   enrolled   2024-03-10
 * E06        P4   A2 online_tutored 2024-06-01 (UN1) 2024-05-02   enrolled   2024-06-01
 * E07        P5   A3 self_guided                     2024-07-01   completed  2024-07-01
 * E08        P6   A1 face_to_face   2024-03-10       2024-01-02   withdrawn  (not counted)
 * E09        P2   A4 blended        2023-11-01       2023-10-01   completed  2023-11-01
 * E10        P5   A5 online_tutored 2025-02-01       2024-12-01   enrolled   2025-02-01
 * E11        P4   A6 face_to_face   2022-05-01       2022-04-01   completed  2022-05-01
 * E12        P2   A3 self_guided                     2021-03-01   completed  2021-03-01
 * E13        P7   A3 self_guided                     2024-06-01   enrolled   2024-06-01
 * E14        P7   A7 face_to_face   2024-06-01       2024-05-01   enrolled   2024-06-01  (same day as E13)
 * </pre>
 * Counted enrolments of 2024: E01 E02 E03 E05 E06 E07 E13 E14 (8); of 2023: E04 E09 (2).
 * Learners of 2024: P1 P2 P3 P4 P5 P7 (6).
 */
public class ResultsReportTest {

    static final LocalDate SG = LocalDate.of(2020, 1, 1);

    public static ResultsData history() {
        List<Participant> participants = List.of(
                participant("P1", "female", 1990, "KE", "workers"),
                participant("P2", "male", 2001, "FR", "employers"),
                participant("P3", "undisclosed", null, "KE", "government"),
                participant("P4", "other", 1965, "BR", "other"),
                participant("P5", "female", 1999, "VE", "government"),
                participant("P6", "female", 1980, "FR", "workers"),
                participant("P7", "male", 1995, "FR", "workers"));
        List<Activity> activities = List.of(
                activity("A1", Modality.FACE_TO_FACE, LocalDate.of(2024, 3, 10), null),
                activity("A2", Modality.ONLINE_TUTORED, LocalDate.of(2024, 6, 1), "UN1"),
                activity("A3", Modality.SELF_GUIDED, SG, null),
                activity("A4", Modality.BLENDED, LocalDate.of(2023, 11, 1), null),
                activity("A5", Modality.ONLINE_TUTORED, LocalDate.of(2025, 2, 1), null),
                activity("A6", Modality.FACE_TO_FACE, LocalDate.of(2022, 5, 1), null),
                activity("A7", Modality.FACE_TO_FACE, LocalDate.of(2024, 6, 1), null));
        List<Enrolment> enrolments = List.of(
                enrolment("E01", "P1", "A3", "2024-01-15", "enrolled"),
                enrolment("E02", "P1", "A2", "2024-05-01", "completed"),
                enrolment("E03", "P2", "A1", "2024-01-20", "completed"),
                enrolment("E04", "P3", "A3", "2023-12-31", "enrolled"),
                enrolment("E05", "P3", "A1", "2024-02-01", "enrolled"),
                enrolment("E06", "P4", "A2", "2024-05-02", "enrolled"),
                enrolment("E07", "P5", "A3", "2024-07-01", "completed"),
                enrolment("E08", "P6", "A1", "2024-01-02", "withdrawn"),
                enrolment("E09", "P2", "A4", "2023-10-01", "completed"),
                enrolment("E10", "P5", "A5", "2024-12-01", "enrolled"),
                enrolment("E11", "P4", "A6", "2022-04-01", "completed"),
                enrolment("E12", "P2", "A3", "2021-03-01", "completed"),
                enrolment("E14", "P7", "A7", "2024-05-01", "enrolled"),
                enrolment("E13", "P7", "A3", "2024-06-01", "enrolled"));
        List<Satisfaction> satisfaction = List.of(
                new Satisfaction("E01", null, 5), new Satisfaction("E02", null, 4), new Satisfaction("E03", null, 3),
                new Satisfaction("E08", null, 1), new Satisfaction("E04", null, 2), new Satisfaction("E07", null, 4));
        List<KnowledgeTest> tests = List.of(
                new KnowledgeTest("E01", 40, 70), new KnowledgeTest("E02", 60, 60), new KnowledgeTest("E03", 80, 50),
                new KnowledgeTest("E05", 20, 90), new KnowledgeTest("E08", 10, 90), new KnowledgeTest("E09", 30, 60));
        List<FollowUp> followUps = List.of(
                new FollowUp("E03", LocalDate.of(2024, 9, 1), true, true),
                new FollowUp("E09", LocalDate.of(2024, 3, 1), true, false),
                new FollowUp("E08", LocalDate.of(2024, 4, 1), false, false),
                new FollowUp("E01", LocalDate.of(2025, 1, 5), true, true));
        List<Credential> credentials = List.of(
                new Credential("C1", "E03", LocalDate.of(2024, 10, 1)),
                new Credential("C2", "E02", LocalDate.of(2024, 12, 31)),
                new Credential("C3", "E09", LocalDate.of(2023, 12, 1)),
                new Credential("C4", "E08", LocalDate.of(2024, 5, 5)));
        List<CredentialView> views = List.of(
                new CredentialView("C1", Instant.parse("2024-10-02T10:00:00Z"), "v1"),
                new CredentialView("C1", Instant.parse("2024-10-03T10:00:00Z"), "v1"),
                new CredentialView("C2", Instant.parse("2025-01-01T01:30:00Z"), "v1"),
                new CredentialView("C3", Instant.parse("2024-01-01T00:00:00Z"), "v2"),
                new CredentialView("C3", Instant.parse("2023-12-31T23:59:59Z"), "v3"));
        Map<String, String> incomeGroups = Map.of("KE", "lower_middle", "FR", "high", "BR", "upper_middle");
        return new ResultsData(participants, List.of(new ResultsData.Partner("UN1", "A UN agency", "CH")), activities,
                enrolments, satisfaction, tests, followUps, credentials, views, incomeGroups);
    }

    final Map<String, Object> report = ResultsReport.compute(history(), 2024);

    @Test
    void enrolmentsCountReportingDatesAndLeaveOutWithdrawn() {
        // 8 in 2024 (E08 withdrawn left out; E04 self-guided counts in 2023 by enrolled_on; E10 in 2025 by start)
        assertThat(at("enrolments.total")).isEqualTo(8L);
        assertThat(at("enrolments.by_modality")).isEqualTo(Map.of("face_to_face", 3L, "online_tutored", 2L,
                "self_guided", 3L, "blended", 0L));
        // 8 / 2 - 1
        assertThat(at("enrolments.growth_vs_previous_year")).isEqualTo(3.0);
    }

    @Test
    void learnersAreDistinctAndCountInEachOfTheirModalities() {
        assertThat(at("learners.total")).isEqualTo(6L);
        // P1 is online-tutored and self-guided; P7 face-to-face and self-guided
        assertThat(at("learners.by_modality")).isEqualTo(Map.of("face_to_face", 3L, "online_tutored", 2L,
                "self_guided", 3L, "blended", 0L));
        assertThat(at("learners.online")).isEqualTo(4L); // P1 P4 P5 P7
        assertThat(at("countries")).isEqualTo(4L); // KE FR BR VE
        // KE: P1 P3, FR: P2 P7, then BR and VE with one each (ties by code)
        assertThat(report.get("learners_by_country")).isEqualTo(List.of(
                Map.of("country", "FR", "learners", 2L), Map.of("country", "KE", "learners", 2L),
                Map.of("country", "BR", "learners", 1L), Map.of("country", "VE", "learners", 1L)));
    }

    @Test
    void incomeGroupsAreSharesOfLearnersWithUnclassified() {
        // KE: P1 P3; FR: P2 P7; BR: P4; VE (not in the table): P5
        assertThat(at("income_groups")).isEqualTo(Map.of("low", 0.0, "lower_middle", 2.0 / 6, "upper_middle", 1.0 / 6,
                "high", 2.0 / 6, "unclassified", 1.0 / 6));
    }

    @Test
    void womenShareLeavesUndisclosedOutOfTheDenominator() {
        assertThat(at("women_share.overall")).isEqualTo(2.0 / 5); // P1 P5 of P1 P2 P4 P5 P7 (P3 undisclosed)
        assertThat(at("women_share.online")).isEqualTo(2.0 / 4); // P1 P5 of P1 P4 P5 P7
        assertThat(at("women_share.face_to_face")).isEqualTo(0.0); // P2 P7 disclosed, P3 not
        assertThat(at("women_share.online_tutored")).isEqualTo(1.0 / 2);
        assertThat(at("women_share.self_guided")).isEqualTo(2.0 / 3);
        assertThat(at("women_share.blended")).isNull();
    }

    @Test
    void ageBandsUseTheReportYearAndLeaveOutMissingBirthYears() {
        // ages in 2024: P1 34, P2 23, P4 59, P5 25 (the band's lower edge), P7 29; P3 has none
        assertThat(at("age_bands.overall")).isEqualTo(bands(0.2, 0.6, 0.0, 0.0, 0.2));
        assertThat(at("age_bands.online")).isEqualTo(bands(0.0, 0.75, 0.0, 0.0, 0.25));
        assertThat(at("age_bands.face_to_face")).isEqualTo(bands(0.5, 0.5, 0.0, 0.0, 0.0));
        assertThat(at("age_bands.online_tutored")).isEqualTo(bands(0.0, 0.5, 0.0, 0.0, 0.5));
        assertThat(at("age_bands.self_guided")).isEqualTo(bands(0.0, 1.0, 0.0, 0.0, 0.0));
        assertThat(at("age_bands.blended")).isEqualTo(bands(null, null, null, null, null));
    }

    @Test
    void constituentsCountEnrolments() {
        assertThat(at("constituents")).isEqualTo(Map.of("government", 2L, "employers", 1L, "workers", 4L, "other", 1L,
                "core_total", 7L));
    }

    @Test
    void satisfactionAveragesResponsesOfCountedEnrolmentsOfTheYear() {
        // E01 5, E02 4, E03 3, E07 4; E08 (withdrawn) and E04 (2023) left out
        assertThat(at("satisfaction.overall")).isEqualTo(mean(16.0 / 4, 4));
        assertThat(at("satisfaction.online")).isEqualTo(mean(13.0 / 3, 3));
        assertThat(at("satisfaction.face_to_face")).isEqualTo(mean(3.0, 1));
        assertThat(at("satisfaction.online_tutored")).isEqualTo(mean(4.0, 1));
        assertThat(at("satisfaction.self_guided")).isEqualTo(mean(4.5, 2));
        assertThat(at("satisfaction.blended")).isEqualTo(mean(null, 0));
    }

    @Test
    void knowledgeGainIsAStrictImprovement() {
        // E01 40→70 gain, E02 60→60 none, E03 80→50 none, E05 20→90 gain; E08 withdrawn, E09 in 2023
        assertThat(at("knowledge.gain_share")).isEqualTo(0.5);
        assertThat(at("knowledge.n")).isEqualTo(4L);
    }

    @Test
    void applicationCountsResponsesByTheirOwnDateWhateverTheEnrolment() {
        // 2024 responses: E03 yes/yes, E09 (a 2023 enrolment) yes/no, E08 (withdrawn) no/no
        assertThat(at("application.can_apply_share")).isEqualTo(2.0 / 3);
        assertThat(at("application.example_share")).isEqualTo(1.0 / 3);
        assertThat(at("application.n")).isEqualTo(3L);
    }

    @Test
    void credentialsAndViewsByTheirOwnDatesInUtc() {
        // issued 2024: C1 C2 C4 (C4's enrolment was withdrawn: counted all the same)
        assertThat(at("credentials.issued")).isEqualTo(3L);
        // views 2024: C1 twice by v1, C3 once by v2 at midnight UTC; 2023-12-31T23:59:59Z and 2025 left out
        assertThat(at("credentials.views")).isEqualTo(3L);
        assertThat(at("credentials.viewers")).isEqualTo(2L);
    }

    @Test
    void journeyFollowsFirstEnrolmentsEverWithTiesBrokenById() {
        // first counted enrolment ever: P1 E01 (SG 2024) then E02 tutored later: converted;
        // P5 E07 (SG 2024) then E10 in 2025: converted (later data counts);
        // P7 E13 and E14 on the same day: the tie goes to E13 (SG), and E14 is not strictly later: not converted;
        // P2 started in 2021, P3 in 2023, P4 face-to-face: not starters of 2024
        assertThat(at("journey.self_guided_starters")).isEqualTo(3L);
        assertThat(at("journey.converted_share")).isEqualTo(2.0 / 3);
    }

    @Test
    void partnersCountEnrolmentsInPartnerActivities() {
        assertThat(at("partners.enrolments")).isEqualTo(2L); // E02 E06 in A2
        assertThat(at("partners.learners")).isEqualTo(2L);
    }

    @Test
    void bienniumComparesWithTheTwoBefore() {
        // 2024-25: the 8 of 2024 plus E10 (2025); learners P1 P2 P3 P4 P5 P7; women P1 P5
        // 2022-23: E04 E09 E11, learners P2 P3 P4, no woman; 2020-21: E12, learner P2
        assertThat(at("biennium.period")).isEqualTo("2024-25");
        assertThat(at("biennium.enrolments")).isEqualTo(9L);
        assertThat(at("biennium.learners")).isEqualTo(6L);
        assertThat(at("biennium.women_learners")).isEqualTo(2L);
        assertThat(at("biennium.learners_growth_vs_previous")).isEqualTo(1.0); // 6 / 3 - 1
        assertThat(at("biennium.learners_ratio_vs_two_before")).isEqualTo(6.0); // 6 / 1
        assertThat(at("biennium.women_growth_vs_previous")).isNull(); // 2 / 0
        assertThat(at("biennium.core_constituent_enrolments")).isEqualTo(8L); // 7 of 2024 + E10 (government)
    }

    @Test
    void anOddYearBelongsToTheBienniumThatStartedTheYearBefore() {
        assertThat(path(ResultsReport.compute(history(), 2025), "biennium.period")).isEqualTo("2024-25");
        assertThat(path(ResultsReport.compute(history(), 2025), "enrolments.total")).isEqualTo(1L);
    }

    @Test
    void anEmptyYearHasZerosAndNullsNotErrors() {
        Map<String, Object> empty = ResultsReport.compute(history(), 2031);
        assertThat(path(empty, "enrolments.total")).isEqualTo(0L);
        assertThat(path(empty, "enrolments.growth_vs_previous_year")).isNull();
        assertThat(path(empty, "women_share.overall")).isNull();
        assertThat(path(empty, "income_groups.high")).isNull();
        assertThat(path(empty, "satisfaction.overall")).isEqualTo(mean(null, 0));
        assertThat(path(empty, "knowledge.gain_share")).isNull();
        assertThat(path(empty, "journey.converted_share")).isNull();
        assertThat(path(empty, "biennium.period")).isEqualTo("2030-31");
        assertThat(path(empty, "biennium.learners_ratio_vs_two_before")).isNull();
        assertThat(ResultsReport.compute(ResultsData.empty(), 2024)).containsKeys("year", "enrolments", "learners",
                "countries", "income_groups", "women_share", "age_bands", "constituents", "satisfaction", "knowledge",
                "application", "credentials", "journey", "partners", "biennium");
    }

    @Test
    void aPartnersReportIsTheCentresReportOfItsActivities() {
        Map<String, Object> partner = ResultsReport.compute(ResultsReport.forPartner(history(), "UN1"), 2024);
        assertThat(path(partner, "enrolments.total")).isEqualTo(at("partners.enrolments"));
        assertThat(path(partner, "learners.total")).isEqualTo(at("partners.learners"));
        assertThat(path(partner, "satisfaction.overall")).isEqualTo(mean(4.0, 1)); // E02
        assertThat(path(partner, "credentials.issued")).isEqualTo(1L); // C2
        assertThat(path(partner, "women_share.overall")).isEqualTo(0.5); // P1 female, P4 other
    }

    @Test
    void theShippedIncomeTableAppliesWhenNoneWasImported() {
        ResultsData h = history();
        ResultsData shipped = new ResultsData(h.participants(), h.partners(), h.activities(), h.enrolments(),
                h.satisfaction(), h.knowledgeTests(), h.followUps(), h.credentials(), h.credentialViews(), Map.of());
        Map<String, Object> r = ResultsReport.compute(shipped, 2024);
        // World Bank FY2026: Kenya lower-middle, France high, Brazil upper-middle, Venezuela unclassified
        assertThat(path(r, "income_groups")).isEqualTo(at("income_groups"));
    }

    private Object at(String path) {
        return path(report, path);
    }

    @SuppressWarnings("unchecked")
    static Object path(Map<String, Object> map, String path) {
        Object value = map;
        for (String key : path.split("\\.")) {
            assertThat((Map<String, Object>) value).containsKey(key);
            value = ((Map<String, Object>) value).get(key);
        }
        return value;
    }

    private static Map<String, Object> bands(Double under25, Double b25, Double b35, Double b45, Double b55) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("under_25", under25);
        m.put("25_34", b25);
        m.put("35_44", b35);
        m.put("45_54", b45);
        m.put("55_plus", b55);
        return m;
    }

    private static Map<String, Object> mean(Double mean, long n) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("mean", mean);
        m.put("n", n);
        return m;
    }

    private static Participant participant(String id, String gender, Integer born, String country, String constituent) {
        return new Participant(id, gender, born, country, constituent, null, null, null, null);
    }

    private static Activity activity(String id, Modality modality, LocalDate start, String partner) {
        return new Activity(id, "Activity " + id, modality, start, null, "en", partner);
    }

    private static Enrolment enrolment(String id, String who, String activity, String enrolledOn, String status) {
        return new Enrolment(id, who, activity, LocalDate.parse(enrolledOn), status, null);
    }
}
