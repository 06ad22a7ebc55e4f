package campus.demo;

import static org.assertj.core.api.Assertions.assertThat;

import campus.reporting.ResultsData;
import campus.reporting.ResultsReport;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo history has the shape a training centre's report shows, and is the same every time. */
class DemoHistoryTest {

    static final ResultsData HISTORY = DemoHistory.generate(2026);

    @SuppressWarnings("unchecked")
    static Object at(Map<String, Object> report, String path) {
        Object value = report;
        for (String key : path.split("\\.")) {
            value = ((Map<String, Object>) value).get(key);
        }
        return value;
    }

    @Test
    void isDeterministic() {
        assertThat(DemoHistory.generate(2026)).isEqualTo(HISTORY);
    }

    @Test
    void reachesLearnersInMoreThan170Countries() {
        assertThat(HISTORY.participants().stream().map(ResultsData.Participant::country).distinct().count())
                .isGreaterThanOrEqualTo(170);
    }

    @Test
    void growsThroughTheBienniaWithMoreWomenAndYoungerLearnersOnline() {
        Map<String, Object> r2024 = ResultsReport.compute(HISTORY, 2024);
        // 2024-25 has only its first year: compare the last complete biennium with the one before
        assertThat((Double) at(ResultsReport.compute(HISTORY, 2023), "biennium.learners_growth_vs_previous")).isPositive();
        assertThat((Double) at(r2024, "enrolments.growth_vs_previous_year")).isPositive();
        assertThat((Double) at(r2024, "women_share.online")).isGreaterThan((Double) at(r2024, "women_share.face_to_face"));
        double youngOnline = (Double) at(r2024, "age_bands.online.under_25") + (Double) at(r2024, "age_bands.online.25_34");
        double youngFaceToFace = (Double) at(r2024, "age_bands.face_to_face.under_25")
                + (Double) at(r2024, "age_bands.face_to_face.25_34");
        assertThat(youngOnline).isGreaterThan(youngFaceToFace);
        assertThat((Double) at(r2024, "age_bands.face_to_face.35_44") + (Double) at(r2024, "age_bands.face_to_face.45_54"))
                .isGreaterThan(0.4);
    }

    @Test
    void learnersAreSatisfiedAndMostGainKnowledge() {
        for (int year = 2018; year <= 2024; year++) {
            Map<String, Object> report = ResultsReport.compute(HISTORY, year);
            assertThat((Double) at(report, "satisfaction.overall.mean")).as("satisfaction " + year).isBetween(4.3, 4.7);
            assertThat((Double) at(report, "knowledge.gain_share")).as("knowledge " + year).isGreaterThan(0.7);
            assertThat((Long) at(report, "credentials.issued")).isPositive();
            assertThat((Long) at(report, "partners.enrolments")).isPositive();
        }
        assertThat((Long) at(ResultsReport.compute(HISTORY, 2024), "journey.self_guided_starters")).isPositive();
    }
}
