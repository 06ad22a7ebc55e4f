package campus.evaluation.internal;

import campus.catalogue.ActivityView;
import campus.catalogue.CatalogueApi;
import campus.shared.FieldProblem;
import campus.shared.LanguageCode;
import campus.shared.NotFound;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Survey results for staff, per activity, technical area and period. Results never say who answered:
 * only counts, means, distributions and texts without their author leave this class.
 *
 * <p><b>Period.</b> A learner belongs to the period of the day the survey was offered to them, so
 * that the response rate compares like with like: the satisfaction survey is offered on completion
 * (the invitation's {@code due_on}, the completion date), the follow-up when its invitation was sent
 * ({@code invited_at}, or the answer's time if the learner answered before it was sent). A response
 * with no invitation at all (a learner who completed before invitations were kept, or was imported)
 * counts on the day it was submitted. Days are UTC days, both ends included; an open end is no limit.
 *
 * <p><b>Response rate.</b> Learners who answered ÷ learners asked, where learners asked are the
 * invitations offered in the period (follow-ups not yet sent are not asked yet) plus the responses
 * without an invitation in the period, which count in both. Every other figure is computed over
 * exactly the responses of the numerator.
 *
 * <p><b>Items.</b> For one activity: every item of its survey in the order asked, its own items
 * included. For a technical area or all activities: the standard items only, the ones every activity
 * asks, so that the figures compare. An item left as "not applicable" has no answer and is not in
 * its n.
 *
 * <p><b>Texts</b> (comments, examples) are listed in alphabetical order in the reader's language,
 * never by time or by learner: the order carries nothing that could tell who wrote which, nor link
 * one person's comment to their example. Pages show the most recent {@link #PAGE_TEXTS}; the CSV
 * file has them all.
 */
@Service
@Transactional(readOnly = true)
public class SurveyResults {

    /** Texts per item a results page shows. */
    public static final int PAGE_TEXTS = 200;

    private final SurveyResultsStore store;
    private final SurveyDesign design;
    private final CatalogueApi catalogue;

    SurveyResults(SurveyResultsStore store, SurveyDesign design, CatalogueApi catalogue) {
        this.store = store;
        this.design = design;
        this.catalogue = catalogue;
    }

    /**
     * The filter typed in a query string, checked: an unknown survey or area, a malformed date, a
     * period ending before it starts or an activity that does not exist is refused, field by field.
     */
    public ResultsFilter filter(String survey, String activity, String area, String from, String to) {
        List<FieldProblem> problems = new ArrayList<>();
        ResultsFilter filter = ResultsFilter.read(survey, activity, area, from, to, problems);
        if (filter.activityId() != null && catalogue.find(filter.activityId(), "en").isEmpty()) {
            problems.add(new FieldProblem("activity", "survey.results.activity.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new ResultsFilterRefused(problems);
        }
        return filter;
    }

    /**
     * The results for a filter; texts sorted for the reader's locale, at most textLimit per item (null:
     * all). One snapshot for all the queries, so that a response arriving meanwhile cannot make the
     * counts and the distributions disagree.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public SurveyResultsView results(ResultsFilter filter, Locale locale, Integer textLimit) {
        SurveyResultsStore.Scope scope = new SurveyResultsStore.Scope(filter.survey(), activities(filter), filter.from(), filter.to());
        List<SurveyItem> items = items(filter);
        SurveyResultsStore.Counts counts = store.counts(scope);
        Map<String, Map<Integer, Long>> values = store.valueCounts(scope, codes(items, false));
        Map<String, Long> textCounts = store.textCounts(scope, codes(items, true));
        Collator alphabetical = Collator.getInstance(LanguageCode.of(locale).locale());
        List<ItemResults> results = new ArrayList<>();
        for (SurveyItem item : items) {
            if (item.kind() == ItemKind.TEXT) {
                long n = textCounts.getOrDefault(item.code(), 0L);
                List<String> texts = n == 0 ? new ArrayList<>() : new ArrayList<>(store.texts(scope, item.code(), textLimit));
                texts.sort(Comparator.comparing((String t) -> t, alphabetical).thenComparing(Comparator.naturalOrder()));
                results.add(ItemResults.ofTexts(item, n, texts));
            } else {
                results.add(ItemResults.ofValues(item, values.getOrDefault(item.code(), Map.of())));
            }
        }
        return new SurveyResultsView(filter, counts.responses(), counts.asked(),
                ItemResults.ratio(counts.responses(), counts.asked()), List.copyOf(results));
    }

    /** Activities with invitations or responses, newest first, for choosing one. */
    public List<ActivityView> activitiesWithResults(String language) {
        return catalogue.findAll(store.activitiesWithData(null), language).values().stream()
                .sorted(Comparator.comparing(ActivityView::startDate).reversed().thenComparing(ActivityView::code))
                .toList();
    }

    /** An activity as a results page names it (it exists: the filter was checked). */
    public ActivityView activity(long activityId, String language) {
        return catalogue.find(activityId, language).orElseThrow(() -> new NotFound("activity " + activityId));
    }

    /** The activities a filter covers: null for all of them. */
    private Set<Long> activities(ResultsFilter filter) {
        if (filter.area() == null) {
            return filter.activityId() == null ? null : Set.of(filter.activityId());
        }
        // the catalogue owns activities and their areas: ask it about the activities that have answers
        Set<Long> candidates = filter.activityId() != null ? Set.of(filter.activityId())
                : store.activitiesWithData(filter.survey());
        return catalogue.findAll(candidates, "en").values().stream()
                .filter(a -> a.technicalArea() == filter.area()).map(ActivityView::id).collect(Collectors.toSet());
    }

    private List<SurveyItem> items(ResultsFilter filter) {
        if (filter.activityId() != null) {
            return design.items(filter.activityId(), filter.survey());
        }
        List<SurveyItem> standard = new ArrayList<>(StandardItems.first(filter.survey()));
        standard.addAll(StandardItems.last(filter.survey()));
        return standard;
    }

    private static List<String> codes(List<SurveyItem> items, boolean texts) {
        return items.stream().filter(i -> (i.kind() == ItemKind.TEXT) == texts).map(SurveyItem::code).toList();
    }
}
