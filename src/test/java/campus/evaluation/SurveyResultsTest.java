package campus.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import campus.CampusTest;
import campus.evaluation.internal.ItemResults;
import campus.evaluation.internal.ResultsFilter;
import campus.evaluation.internal.ResultsFilterRefused;
import campus.evaluation.internal.Survey;
import campus.evaluation.internal.SurveyResults;
import campus.evaluation.internal.SurveyResultsView;
import campus.evaluation.internal.ValueCount;
import campus.shared.TechnicalArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The results figures equal the ones counted by hand on {@link SurveyResultsFixture} (its table is
 * repeated in the comments), for an activity, a technical area and a period.
 */
@CampusTest
class SurveyResultsTest {

    static final int YEAR = 2019;
    static SurveyResultsFixture.Made made;

    @Autowired SurveyResultsFixture fixture;
    @Autowired SurveyResults results;

    @BeforeEach
    void fixtureOnce() {
        if (made == null) {
            made = fixture.build(YEAR);
        }
    }

    @Test
    void oneActivityEveryResponseHandComputed() {
        SurveyResultsView view = satisfaction(ResultsFilter.of(Survey.SATISFACTION).withActivity(made.activityA()));

        // 4 of the 5 learners who completed answered: 4 / 5 = 0.8
        assertThat(view.responses()).isEqualTo(4);
        assertThat(view.asked()).isEqualTo(5);
        assertThat(view.responseRate()).isEqualByComparingTo("0.8");
        // the survey's order: the standard ratings, the activity's own items, the closing comments
        assertThat(view.items()).extracting(i -> i.item().code()).containsExactly("overall", "relevance", "content",
                "facilitation", "organisation", "platform", made.paceItem(), made.recommendItem(), "comments");

        // overall 5, 4, 4, 2: n 4, mean 15 / 4 = 3.75; values 1..5 counted 0, 1, 0, 2, 1 → shares 0, .25, 0, .5, .25
        assertScale(item(view, "overall"), 4, "3.75", 0, 1, 0, 2, 1);
        assertThat(item(view, "overall").distribution()).extracting(ValueCount::share).map(BigDecimal::toPlainString)
                .containsExactly("0.0000", "0.2500", "0.0000", "0.5000", "0.2500");
        // relevance 5, 4, 3 and A4 "not applicable": n 3, mean 12 / 3 = 4.00
        assertScale(item(view, "relevance"), 3, "4.00", 0, 0, 1, 1, 1);
        // content 4, 4, 5, 3: n 4, mean 16 / 4 = 4.00
        assertScale(item(view, "content"), 4, "4.00", 0, 0, 1, 2, 1);
        // facilitation n/a, 3, 4, 2: n 3, mean 9 / 3 = 3.00
        assertScale(item(view, "facilitation"), 3, "3.00", 0, 1, 1, 1, 0);
        // organisation 4, n/a, 5, 3: n 3, mean 12 / 3 = 4.00
        assertScale(item(view, "organisation"), 3, "4.00", 0, 0, 1, 1, 1);
        // platform 3, 3, n/a, 2: n 3, mean 8 / 3 = 2.666… → 2.67; shares 1/3 → 0.3333, 2/3 → 0.6667
        assertScale(item(view, "platform"), 3, "2.67", 0, 1, 2, 0, 0);
        assertThat(item(view, "platform").distribution().get(2).share()).isEqualByComparingTo("0.6667");
        // the activity's own scale item, pace 4, 2, n/a, 3: n 3, mean 9 / 3 = 3.00
        assertScale(item(view, made.paceItem()), 3, "3.00", 0, 1, 1, 1, 0);
        // its own yes/no item, yes, yes, no, yes: n 4, yes 3 → 0.75
        ItemResults recommend = item(view, made.recommendItem());
        assertThat(recommend.n()).isEqualTo(4);
        assertThat(recommend.mean()).isNull();
        assertThat(recommend.yes().count()).isEqualTo(3);
        assertThat(recommend.yes().share()).isEqualByComparingTo("0.75");
        // comments of A1, A3, A4 (A2 wrote none), alphabetical: neither the order of submission nor of enrolment
        assertThat(item(view, "comments").n()).isEqualTo(3);
        assertThat(item(view, "comments").texts())
                .containsExactly("Audio kept failing", "Brilliant exercises on wage bargaining", "Case studies felt dated");
    }

    @Test
    void thePeriodSelectsLearnersByTheDayTheSurveyWasOfferedToThem() {
        // A4 completed in the previous year: out of the period, in the numerator and the denominator
        SurveyResultsView view = satisfaction(ResultsFilter.of(Survey.SATISFACTION).withActivity(made.activityA())
                .between(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31)));
        // A1, A2, A3 answered of A1, A2, A3, A5 asked: 3 / 4 = 0.75
        assertThat(view.responses()).isEqualTo(3);
        assertThat(view.asked()).isEqualTo(4);
        assertThat(view.responseRate()).isEqualByComparingTo("0.75");
        // overall 5, 4, 4: 13 / 3 = 4.333… → 4.33
        assertScale(item(view, "overall"), 3, "4.33", 0, 0, 0, 2, 1);
        // platform 3, 3 (A3 n/a): 3.00
        assertScale(item(view, "platform"), 2, "3.00", 0, 0, 2, 0, 0);
        assertThat(item(view, "comments").texts()).containsExactly("Brilliant exercises on wage bargaining",
                "Case studies felt dated");

        // the previous year holds A4 alone: 1 / 1
        SurveyResultsView before = satisfaction(ResultsFilter.of(Survey.SATISFACTION).withActivity(made.activityA())
                .between(LocalDate.of(YEAR - 1, 12, 1), LocalDate.of(YEAR - 1, 12, 31)));
        assertThat(before.responses()).isEqualTo(1);
        assertThat(before.asked()).isEqualTo(1);
        assertScale(item(before, "overall"), 1, "2.00", 0, 1, 0, 0, 0);
    }

    @Test
    void aTechnicalAreaCountsItsActivitiesOnlyWithTheStandardItems() {
        LocalDate from = LocalDate.of(YEAR, 1, 1);
        LocalDate to = LocalDate.of(YEAR, 12, 31);
        SurveyResultsView green = satisfaction(ResultsFilter.of(Survey.SATISFACTION).withArea(TechnicalArea.GREEN_JOBS)
                .between(from, to));
        // activity A alone (B is digital learning), as in the period test above
        assertThat(green.responses()).isEqualTo(3);
        assertThat(green.asked()).isEqualTo(4);
        assertScale(item(green, "overall"), 3, "4.33", 0, 0, 0, 2, 1);
        // an area compares activities: only the items every activity asks
        assertThat(green.items()).extracting(i -> i.item().code()).containsExactly("overall", "relevance", "content",
                "facilitation", "organisation", "platform", "comments");

        SurveyResultsView digital = satisfaction(ResultsFilter.of(Survey.SATISFACTION)
                .withArea(TechnicalArea.DIGITAL_LEARNING).between(from, to));
        // B1 (1) and B2 (3) of B1, B2, B3 asked: 2 / 3 = 0.6667; mean 4 / 2 = 2.00. B4 answered today, not in YEAR.
        assertThat(digital.responses()).isEqualTo(2);
        assertThat(digital.asked()).isEqualTo(3);
        assertThat(digital.responseRate()).isEqualByComparingTo("0.6667");
        assertScale(item(digital, "overall"), 2, "2.00", 1, 0, 1, 0, 0);
        // nobody rated relevance in B: n 0, no mean, no shares
        assertThat(item(digital, "relevance").n()).isZero();
        assertThat(item(digital, "relevance").mean()).isNull();
        assertThat(item(digital, "relevance").distribution()).extracting(ValueCount::share).containsOnlyNulls();
        assertThat(item(digital, "comments").texts()).containsExactly("Dense but useful");

        // an activity outside the area chosen: nothing
        SurveyResultsView neither = satisfaction(ResultsFilter.of(Survey.SATISFACTION).withActivity(made.activityB())
                .withArea(TechnicalArea.GREEN_JOBS));
        assertThat(neither.responses()).isZero();
        assertThat(neither.asked()).isZero();
        assertThat(neither.responseRate()).isNull();
    }

    @Test
    void aResponseWithoutAnInvitationCountsOnTheDayItWasSubmittedInBothTerms() {
        // B: B1, B2 answered and B3 did not through invitations, B4 answered with none: 3 / (3 + 1)
        SurveyResultsView all = satisfaction(ResultsFilter.of(Survey.SATISFACTION).withActivity(made.activityB()));
        assertThat(all.responses()).isEqualTo(3);
        assertThat(all.asked()).isEqualTo(4);
        assertThat(all.responseRate()).isEqualByComparingTo("0.75");
        // overall 1, 3, 5: 9 / 3 = 3.00
        assertScale(item(all, "overall"), 3, "3.00", 1, 0, 1, 0, 1);
        // the activity's page has no items of its own: the standard ones
        assertThat(all.items()).extracting(i -> i.item().code()).doesNotContain(made.paceItem());

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        SurveyResultsView now = satisfaction(ResultsFilter.of(Survey.SATISFACTION).withActivity(made.activityB())
                .between(today.minusDays(1), today.plusDays(1)));
        assertThat(now.responses()).isEqualTo(1);
        assertThat(now.asked()).isEqualTo(1);
        assertScale(item(now, "overall"), 1, "5.00", 0, 0, 0, 0, 1);
    }

    @Test
    void followUpCountsTheSentInvitationsOnly() {
        SurveyResultsView view = satisfaction(ResultsFilter.of(Survey.FOLLOWUP).withActivity(made.activityA()));
        // sent to A1–A4 (A5's not yet), answered by A1, A2, A3: 3 / 4
        assertThat(view.responses()).isEqualTo(3);
        assertThat(view.asked()).isEqualTo(4);
        assertThat(view.responseRate()).isEqualByComparingTo("0.75");
        assertThat(view.items()).extracting(i -> i.item().code()).containsExactly("can_apply", "example");
        // can apply: yes, yes, no → n 3, yes 2 / 3 = 0.6667, no 1 / 3 = 0.3333
        ItemResults canApply = item(view, "can_apply");
        assertThat(canApply.n()).isEqualTo(3);
        assertThat(canApply.distribution()).extracting(ValueCount::value, ValueCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2L), org.assertj.core.groups.Tuple.tuple(0, 1L));
        assertThat(canApply.yes().share()).isEqualByComparingTo("0.6667");
        // examples of A1 and A3 (A2 gave none)
        assertThat(item(view, "example").n()).isEqualTo(2);
        assertThat(item(view, "example").texts()).containsExactly("Drafted a checklist for collective agreements",
                "None yet: waiting for the budget");

        // sent in September: the September period has them all, the last quarter none
        assertThat(satisfaction(ResultsFilter.of(Survey.FOLLOWUP).withActivity(made.activityA())
                .between(LocalDate.of(YEAR, 9, 1), LocalDate.of(YEAR, 9, 30))).responseRate()).isEqualByComparingTo("0.75");
        SurveyResultsView later = satisfaction(ResultsFilter.of(Survey.FOLLOWUP).withActivity(made.activityA())
                .between(LocalDate.of(YEAR, 10, 1), LocalDate.of(YEAR, 12, 31)));
        assertThat(later.asked()).isZero();
        assertThat(later.responseRate()).isNull();
        assertThat(item(later, "can_apply").n()).isZero();
        assertThat(item(later, "can_apply").yes().share()).isNull();
    }

    @Test
    void pagesShowTheMostRecentTextsStillInAlphabeticalOrder() {
        SurveyResultsView view = results.results(ResultsFilter.of(Survey.SATISFACTION).withActivity(made.activityA()),
                Locale.ENGLISH, 2);
        ItemResults comments = item(view, "comments");
        // submitted A1, A3, A4: the two most recent are A4's and A3's, shown alphabetically
        assertThat(comments.n()).isEqualTo(3);
        assertThat(comments.texts()).containsExactly("Audio kept failing", "Case studies felt dated");
        assertThat(comments.textsShortened()).isTrue();
    }

    @Test
    void badFiltersAreRefusedFieldByField() {
        assertThat(results.filter(null, "", " ", "", null)).isEqualTo(ResultsFilter.of(Survey.SATISFACTION));
        assertThat(results.filter("followup", String.valueOf(made.activityA()), "green_jobs", "2019-01-01", "2019-01-01"))
                .isEqualTo(new ResultsFilter(Survey.FOLLOWUP, made.activityA(), TechnicalArea.GREEN_JOBS,
                        LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 1)));
        assertThat(refused("nope", "abc", "atlantis", "2019-02-30", "31/12/2019")).containsExactly(
                "survey:survey.results.survey.unknown", "activity:survey.results.activity.invalid",
                "area:survey.results.area.unknown", "from:survey.results.date.invalid", "to:survey.results.date.invalid");
        assertThat(refused("satisfaction", "999999999999", null, "2019-12-31", "2019-01-01"))
                .containsExactly("to:survey.results.date.order", "activity:survey.results.activity.unknown");
        assertThat(refused(null, "99999999999999999999", null, "0999-01-01", "+2019-01-01"))
                .containsExactly("activity:survey.results.activity.invalid", "from:survey.results.date.invalid",
                        "to:survey.results.date.invalid");
    }

    private List<String> refused(String survey, String activity, String area, String from, String to) {
        try {
            results.filter(survey, activity, area, from, to);
        } catch (ResultsFilterRefused refused) {
            return refused.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
        }
        return fail("not refused");
    }

    private SurveyResultsView satisfaction(ResultsFilter filter) {
        return results.results(filter, Locale.ENGLISH, null);
    }

    private static ItemResults item(SurveyResultsView view, String code) {
        return view.items().stream().filter(i -> i.item().code().equals(code)).findFirst().orElseThrow();
    }

    /** n, the mean as written, and the counts of the values 1 to 5. */
    private static void assertScale(ItemResults item, long n, String mean, long... counts) {
        assertThat(item.n()).as(item.item().code() + " n").isEqualTo(n);
        assertThat(item.mean()).as(item.item().code() + " mean").isNotNull();
        assertThat(item.mean().toPlainString()).as(item.item().code() + " mean").isEqualTo(mean);
        assertThat(item.distribution()).extracting(ValueCount::value).containsExactly(1, 2, 3, 4, 5);
        assertThat(item.distribution()).extracting(ValueCount::count).as(item.item().code() + " counts")
                .containsExactly(java.util.Arrays.stream(counts).boxed().toArray(Long[]::new));
    }
}
