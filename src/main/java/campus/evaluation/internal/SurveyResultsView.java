package campus.evaluation.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * Survey results for a filter: the number of responses, the number of learners asked (the response
 * rate's denominator), the rate (0–1, null when no one was asked) and each item in the survey's order.
 */
public record SurveyResultsView(ResultsFilter filter, long responses, long asked, BigDecimal responseRate,
                                List<ItemResults> items) {
}
