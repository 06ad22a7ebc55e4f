package campus.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The results of one item, never of one learner: how many answered it (n) and, by its kind, the
 * mean and distribution of a 1–5 scale, the yes and no counts, or the texts written.
 */
public record ItemResults(SurveyItem item, long n, BigDecimal mean, List<ValueCount> distribution, List<String> texts) {

    static final int MEAN_SCALE = 2;
    static final int SHARE_SCALE = 4;

    /** Whether the texts shown are only some of the n written (the page shows the most recent ones). */
    public boolean textsShortened() {
        return texts.size() < n;
    }

    /** Answers of value 1 of a yes/no item. */
    public ValueCount yes() {
        return distribution.stream().filter(v -> v.value() == 1).findFirst().orElseThrow();
    }

    /**
     * A scale or yes/no item from the number of answers per value (as counted by the database). The
     * mean is computed from the sum and the count, rounded half up to two decimals, so H2 and
     * PostgreSQL agree; values outside the item's range (none are stored) are not counted.
     */
    static ItemResults ofValues(SurveyItem item, Map<Integer, Long> counts) {
        List<Integer> values = item.kind() == ItemKind.SCALE ? List.of(1, 2, 3, 4, 5) : List.of(1, 0);
        long n = 0;
        long sum = 0;
        for (int value : values) {
            long count = counts.getOrDefault(value, 0L);
            n += count;
            sum += count * value;
        }
        List<ValueCount> distribution = new ArrayList<>();
        for (int value : values) {
            long count = counts.getOrDefault(value, 0L);
            distribution.add(new ValueCount(value, count, ratio(count, n)));
        }
        BigDecimal mean = item.kind() == ItemKind.SCALE && n > 0
                ? BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), MEAN_SCALE, RoundingMode.HALF_UP) : null;
        return new ItemResults(item, n, mean, List.copyOf(distribution), List.of());
    }

    /** A text item: how many wrote something, and the texts to show. */
    static ItemResults ofTexts(SurveyItem item, long n, List<String> texts) {
        return new ItemResults(item, n, null, List.of(), List.copyOf(texts));
    }

    /** part ÷ whole to four decimals, rounded half up; null when the whole is zero. */
    static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SHARE_SCALE, RoundingMode.HALF_UP);
    }
}
