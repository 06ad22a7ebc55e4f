package campus.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Means and shares from the counts the database returns, without Spring or a database. */
class SurveyResultsTallyTest {

    static final SurveyItem SCALE = SurveyItem.standard("overall", ItemKind.SCALE, true);
    static final SurveyItem YES_NO = SurveyItem.standard("can_apply", ItemKind.YES_NO, true);

    @Test
    void meanAndDistributionOfAScale() {
        // 5, 4, 4, 2 → n 4, sum 15, mean 3.75; counts of 1..5: 0, 1, 0, 2, 1
        ItemResults r = ItemResults.ofValues(SCALE, Map.of(5, 1L, 4, 2L, 2, 1L));
        assertThat(r.n()).isEqualTo(4);
        assertThat(r.mean()).hasToString("3.75");
        assertThat(r.distribution()).extracting(ValueCount::count).containsExactly(0L, 1L, 0L, 2L, 1L);
        assertThat(r.distribution()).extracting(v -> v.share().toPlainString())
                .containsExactly("0.0000", "0.2500", "0.0000", "0.5000", "0.2500");
        assertThat(r.distribution()).extracting(ValueCount::percent).containsExactly("0", "25", "0", "50", "25");
    }

    @Test
    void meansAndSharesRoundHalfUp() {
        // 1, 1, 2, 2, 2, 2, 2, 3 → 15 / 8 = 1.875 → 1.88; 1 / 8 = 0.125 → 0.1250; 5 / 8 = 0.625
        ItemResults eighths = ItemResults.ofValues(SCALE, Map.of(1, 2L, 2, 5L, 3, 1L));
        assertThat(eighths.mean()).hasToString("1.88");
        assertThat(eighths.distribution().get(2).share()).hasToString("0.1250");
        // 2, 3, 3 → 8 / 3 = 2.666… → 2.67; 2 / 3 = 0.66666… → 0.6667; 1 / 3 → 0.3333
        ItemResults thirds = ItemResults.ofValues(SCALE, Map.of(2, 1L, 3, 2L));
        assertThat(thirds.mean()).hasToString("2.67");
        assertThat(thirds.distribution().get(2).share()).hasToString("0.6667");
        assertThat(thirds.distribution().get(1).share()).hasToString("0.3333");
        assertThat(thirds.distribution().get(2).percent()).isEqualTo("66.67");
        // 10 of 100 is drawn 10 wide, not 1E+1
        assertThat(ItemResults.ofValues(SCALE, Map.of(1, 10L, 5, 90L)).distribution().get(0).percent()).isEqualTo("10");
    }

    @Test
    void noAnswerMeansNoMeanAndNoShares() {
        ItemResults r = ItemResults.ofValues(SCALE, Map.of());
        assertThat(r.n()).isZero();
        assertThat(r.mean()).isNull();
        assertThat(r.distribution()).extracting(ValueCount::share).containsOnlyNulls();
        assertThat(r.distribution()).extracting(ValueCount::percent).containsOnly("0");
    }

    @Test
    void yesNoCountsYesFirstAndHasNoMean() {
        // yes, yes, no → n 3, yes 2 / 3 = 0.6667
        ItemResults r = ItemResults.ofValues(YES_NO, Map.of(1, 2L, 0, 1L));
        assertThat(r.n()).isEqualTo(3);
        assertThat(r.mean()).isNull();
        assertThat(r.distribution()).extracting(ValueCount::value).containsExactly(1, 0);
        assertThat(r.yes().count()).isEqualTo(2);
        assertThat(r.yes().share()).hasToString("0.6667");
    }

    @Test
    void valuesOutsideTheScaleAreNotCounted() {
        ItemResults r = ItemResults.ofValues(SCALE, Map.of(4, 1L, 7, 3L));
        assertThat(r.n()).isEqualTo(1);
        assertThat(r.mean()).hasToString("4.00");
    }

    @Test
    void theResponseRateIsAFractionOrNothing() {
        assertThat(ItemResults.ratio(4, 5)).hasToString("0.8000");
        assertThat(ItemResults.ratio(2, 3)).hasToString("0.6667");
        assertThat(ItemResults.ratio(0, 0)).isNull();
    }

    @Test
    void theFilterReadsWhatAQueryStringSends() {
        List<campus.shared.FieldProblem> problems = new java.util.ArrayList<>();
        ResultsFilter f = ResultsFilter.read(" followup ", " 12 ", "green_jobs", "2024-01-31", "2024-01-31", problems);
        assertThat(problems).isEmpty();
        assertThat(f).isEqualTo(new ResultsFilter(Survey.FOLLOWUP, 12L, campus.shared.TechnicalArea.GREEN_JOBS,
                java.time.LocalDate.of(2024, 1, 31), java.time.LocalDate.of(2024, 1, 31)));
    }
}
