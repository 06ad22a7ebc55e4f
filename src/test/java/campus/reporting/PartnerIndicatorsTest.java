package campus.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import campus.CampusTest;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A partner's report is the Centre-wide report of the partner's part of the data: for each partner and
 * year, ReportingApi.report(year, partner) (the read model, filtered by the production code) equals
 * ResultsReport.compute over a copy of the fixture that keeps only the partner's activities and what hangs
 * on them, built here by its own plain filters. Ids start with "PIT-" and the years are 2018–19, which no
 * other test reports on, so the shared test database does not disturb either side.
 *
 * <pre>
 * participant  gender       born  country  constituent
 * Q1           female       1990  KE       workers
 * Q2           male         1985  FR       employers
 * Q3           other        -     BR       government
 * Q4           female       2000  VE       other
 * Q5           undisclosed  1970  KE       workers
 *
 * activity  partner  modality        start
 * C1        Centre   self_guided     2017-01-01
 * C2        Centre   face_to_face    2019-04-01
 * A1        A        online_tutored  2018-05-01
 * A2        A        self_guided     2017-01-01
 * A3        A        face_to_face    2019-10-01
 * B1        B        face_to_face    2018-09-10
 * B2        B        blended         2019-03-01
 *
 * enrolment  who  activity  enrolled_on  status     reporting date
 * N01        Q1   C1        2018-01-10   completed  2018-01-10
 * N02        Q1   A1        2018-04-01   completed  2018-05-01
 * N03        Q2   A1        2018-04-02   withdrawn  (not counted)
 * N04        Q2   B1        2018-08-01   completed  2018-09-10
 * N05        Q3   A2        2018-06-15   enrolled   2018-06-15
 * N06        Q3   B2        2019-02-01   enrolled   2019-03-01
 * N07        Q4   A2        2019-01-20   completed  2019-01-20
 * N08        Q4   A3        2019-09-01   enrolled   2019-10-01
 * N09        Q5   C2        2019-03-01   enrolled   2019-04-01
 * N10        Q5   B2        2019-01-15   completed  2019-03-01
 * N11        Q1   A2        2019-05-05   enrolled   2019-05-05
 * N12        Q2   C1        2019-07-01   enrolled   2019-07-01
 * </pre>
 */
@CampusTest
class PartnerIndicatorsTest {

    static final String A = "PIT-partner-A";
    static final String B = "PIT-partner-B";
    static final LocalDate SG = LocalDate.of(2017, 1, 1);

    @Autowired ReportingApi reporting;

    final ResultsData fixture = fixture();

    @BeforeEach
    void load() {
        reporting.record(fixture);
    }

    @Test
    void eachPartnersReportEqualsTheCentreWideReportOfItsPartOfTheData() {
        // the income table the read model holds applies to both sides alike
        Map<String, String> incomeGroups = reporting.data().incomeGroups();
        for (String partner : List.of(A, B)) {
            ResultsData own = onlyPartner(fixture, partner, incomeGroups);
            for (int year = 2017; year <= 2020; year++) {
                assertThat(reporting.report(year, partner)).as(partner + " " + year).isEqualTo(ResultsReport.compute(own, year));
            }
            assertThat(reporting.reports(2017, 2020, partner)).isEqualTo(Map.of(
                    2017, ResultsReport.compute(own, 2017), 2018, ResultsReport.compute(own, 2018),
                    2019, ResultsReport.compute(own, 2019), 2020, ResultsReport.compute(own, 2020)));
        }
    }

    @Test
    void partnerFiguresWorkedOutByHand() {
        // A in 2018: N02 (A1, 2018-05-01) and N05 (A2, 2018-06-15) count, N03 is withdrawn: 2 enrolments of Q1 and Q3
        Map<String, Object> a2018 = reporting.report(2018, A);
        assertThat(figure(a2018, "enrolments.total")).isEqualTo(2.0);
        assertThat(figure(a2018, "partners.enrolments")).isEqualTo(2.0);
        assertThat(figure(a2018, "partners.learners")).isEqualTo(2.0);
        assertThat(figure(a2018, "learners.total")).isEqualTo(2.0);
        // satisfaction of N02 (5) and N05 (3); N03's 1 is withdrawn: mean 4 over 2
        assertThat(figure(a2018, "satisfaction.overall.mean")).isEqualTo(4.0);
        assertThat(figure(a2018, "satisfaction.overall.n")).isEqualTo(2.0);
        // Q3 starts with self-guided N05 and takes nothing tutored with A later; Q1's first with A is tutored N02
        // (Centre-wide Q1 started self-guided with C1 and counts as converted in 2018)
        assertThat(figure(a2018, "journey.self_guided_starters")).isEqualTo(1.0);
        assertThat(figure(a2018, "journey.converted_share")).isEqualTo(0.0);
        // credential K1 of N02 issued 2018-05-20 and viewed once in 2018 (K4 of Centre N01 is not A's)
        assertThat(figure(a2018, "credentials.issued")).isEqualTo(1.0);
        assertThat(figure(a2018, "credentials.views")).isEqualTo(1.0);

        // A in 2019: N07 (A2), N11 (A2) and N08 (A3, 2019-10-01) of Q4 and Q1: 3 enrolments, 2 learners
        Map<String, Object> a2019 = reporting.report(2019, A);
        assertThat(figure(a2019, "enrolments.total")).isEqualTo(3.0);
        assertThat(figure(a2019, "partners.enrolments")).isEqualTo(3.0);
        assertThat(figure(a2019, "partners.learners")).isEqualTo(2.0);
        // 3 / 2 - 1
        assertThat(figure(a2019, "enrolments.growth_vs_previous_year")).isEqualTo(0.5);
        // Q4 starts self-guided (N07) and goes on face to face with A (N08): 1 of 1 converted
        assertThat(figure(a2019, "journey.converted_share")).isEqualTo(1.0);
        // follow-ups answered in 2019 on A's enrolments: N02 (yes, yes) and N07 (no, no)
        assertThat(figure(a2019, "application.n")).isEqualTo(2.0);
        assertThat(figure(a2019, "application.can_apply_share")).isEqualTo(0.5);

        // B in 2019: N06 and N10 in B2 (blended, 2019-03-01) of Q3 and Q5; B in 2018: N04 of Q2
        assertThat(figure(reporting.report(2019, B), "partners.enrolments")).isEqualTo(2.0);
        assertThat(figure(reporting.report(2019, B), "enrolments.by_modality.blended")).isEqualTo(2.0);
        assertThat(figure(reporting.report(2018, B), "partners.learners")).isEqualTo(1.0);
        // the Centre's own activities count for no partner
        assertThat(figure(ResultsReport.compute(fixture, 2019), "partners.enrolments")).isEqualTo(5.0); // N06 N07 N08 N10 N11
        assertThat(figure(ResultsReport.compute(fixture, 2019), "enrolments.total")).isEqualTo(7.0); // and N09 N12
    }

    /** The partner's part of the data, by plain filters written for this test (not ResultsReport.forPartner). */
    static ResultsData onlyPartner(ResultsData all, String partner, Map<String, String> incomeGroups) {
        Set<String> activities = new HashSet<>();
        all.activities().stream().filter(a -> partner.equals(a.partnerId())).forEach(a -> activities.add(a.id()));
        List<Enrolment> enrolments = all.enrolments().stream().filter(e -> activities.contains(e.activityId())).toList();
        Set<String> enrolmentIds = new HashSet<>();
        Set<String> people = new HashSet<>();
        enrolments.forEach(e -> {
            enrolmentIds.add(e.id());
            people.add(e.participantId());
        });
        List<Credential> credentials = all.credentials().stream().filter(c -> enrolmentIds.contains(c.enrolmentId())).toList();
        Set<String> credentialIds = new HashSet<>();
        credentials.forEach(c -> credentialIds.add(c.credentialId()));
        return new ResultsData(
                all.participants().stream().filter(p -> people.contains(p.id())).toList(),
                all.partners().stream().filter(p -> p.id().equals(partner)).toList(),
                all.activities().stream().filter(a -> activities.contains(a.id())).toList(),
                enrolments,
                all.satisfaction().stream().filter(s -> enrolmentIds.contains(s.enrolmentId())).toList(),
                all.knowledgeTests().stream().filter(k -> enrolmentIds.contains(k.enrolmentId())).toList(),
                all.followUps().stream().filter(f -> enrolmentIds.contains(f.enrolmentId())).toList(),
                credentials,
                all.credentialViews().stream().filter(v -> credentialIds.contains(v.credentialId())).toList(),
                incomeGroups);
    }

    static ResultsData fixture() {
        List<Participant> participants = List.of(
                participant("Q1", "female", 1990, "KE", "workers"),
                participant("Q2", "male", 1985, "FR", "employers"),
                participant("Q3", "other", null, "BR", "government"),
                participant("Q4", "female", 2000, "VE", "other"),
                participant("Q5", "undisclosed", 1970, "KE", "workers"));
        List<Activity> activities = List.of(
                activity("C1", Modality.SELF_GUIDED, SG, null),
                activity("C2", Modality.FACE_TO_FACE, LocalDate.of(2019, 4, 1), null),
                activity("A1", Modality.ONLINE_TUTORED, LocalDate.of(2018, 5, 1), A),
                activity("A2", Modality.SELF_GUIDED, SG, A),
                activity("A3", Modality.FACE_TO_FACE, LocalDate.of(2019, 10, 1), A),
                activity("B1", Modality.FACE_TO_FACE, LocalDate.of(2018, 9, 10), B),
                activity("B2", Modality.BLENDED, LocalDate.of(2019, 3, 1), B));
        List<Enrolment> enrolments = new ArrayList<>(List.of(
                enrolment("N01", "Q1", "C1", "2018-01-10", "completed"),
                enrolment("N02", "Q1", "A1", "2018-04-01", "completed"),
                enrolment("N03", "Q2", "A1", "2018-04-02", "withdrawn"),
                enrolment("N04", "Q2", "B1", "2018-08-01", "completed"),
                enrolment("N05", "Q3", "A2", "2018-06-15", "enrolled"),
                enrolment("N06", "Q3", "B2", "2019-02-01", "enrolled"),
                enrolment("N07", "Q4", "A2", "2019-01-20", "completed"),
                enrolment("N08", "Q4", "A3", "2019-09-01", "enrolled"),
                enrolment("N09", "Q5", "C2", "2019-03-01", "enrolled"),
                enrolment("N10", "Q5", "B2", "2019-01-15", "completed"),
                enrolment("N11", "Q1", "A2", "2019-05-05", "enrolled"),
                enrolment("N12", "Q2", "C1", "2019-07-01", "enrolled")));
        List<Satisfaction> satisfaction = List.of(
                new Satisfaction(id("N02"), LocalDate.of(2018, 5, 10), 5), new Satisfaction(id("N03"), null, 1),
                new Satisfaction(id("N04"), null, 4), new Satisfaction(id("N05"), null, 3),
                new Satisfaction(id("N07"), null, 2), new Satisfaction(id("N09"), null, 5), new Satisfaction(id("N10"), null, 4));
        List<KnowledgeTest> tests = List.of(
                new KnowledgeTest(id("N01"), 50, 90), new KnowledgeTest(id("N02"), 40, 80), new KnowledgeTest(id("N05"), 60, 50),
                new KnowledgeTest(id("N06"), 70, 70), new KnowledgeTest(id("N07"), 30, 70), new KnowledgeTest(id("N03"), 10, 90));
        List<FollowUp> followUps = List.of(
                new FollowUp(id("N02"), LocalDate.of(2019, 1, 10), true, true),
                new FollowUp(id("N04"), LocalDate.of(2018, 12, 1), true, false),
                new FollowUp(id("N07"), LocalDate.of(2019, 11, 1), false, false),
                new FollowUp(id("N09"), LocalDate.of(2019, 12, 1), true, true));
        List<Credential> credentials = List.of(
                new Credential(id("K1"), id("N02"), LocalDate.of(2018, 5, 20)),
                new Credential(id("K2"), id("N04"), LocalDate.of(2018, 9, 20)),
                new Credential(id("K3"), id("N07"), LocalDate.of(2019, 3, 1)),
                new Credential(id("K4"), id("N01"), LocalDate.of(2018, 2, 2)),
                new Credential(id("K5"), id("N10"), LocalDate.of(2019, 4, 1)));
        List<CredentialView> views = List.of(
                new CredentialView(id("K1"), Instant.parse("2018-06-01T10:00:00Z"), "PIT-v1"),
                new CredentialView(id("K1"), Instant.parse("2019-01-01T00:30:00Z"), "PIT-v2"),
                new CredentialView(id("K2"), Instant.parse("2018-10-01T08:00:00Z"), "PIT-v1"),
                new CredentialView(id("K3"), Instant.parse("2019-03-02T12:00:00Z"), "PIT-v3"),
                new CredentialView(id("K4"), Instant.parse("2018-02-03T09:00:00Z"), "PIT-v1"));
        return new ResultsData(participants, List.of(new ResultsData.Partner(A, "Partner A", "KE"),
                new ResultsData.Partner(B, "Partner B", null)), activities, enrolments, satisfaction, tests, followUps,
                credentials, views, Map.of());
    }

    private static Double figure(Map<String, Object> report, String path) {
        return ResultsReport.figure(report, path);
    }

    private static String id(String local) {
        return "PIT-" + local;
    }

    private static Participant participant(String id, String gender, Integer born, String country, String constituent) {
        return new Participant(id(id), gender, born, country, constituent, null, null, null, null);
    }

    private static Activity activity(String id, Modality modality, LocalDate start, String partner) {
        return new Activity(id(id), "Activity " + id, modality, start, null, "en", partner);
    }

    private static Enrolment enrolment(String id, String who, String activity, String enrolledOn, String status) {
        LocalDate on = LocalDate.parse(enrolledOn);
        return new Enrolment(id(id), id(who), id(activity), on, status, status.equals("completed") ? on.plusDays(30) : null);
    }
}
