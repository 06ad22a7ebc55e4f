package campus.learning.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A test as one learner sees it in one attempt: the questions drawn from the bank, and each
 * question's options in a shuffled order; both follow from the attempt's seed, so a reload or a
 * resumed attempt shows the same sheet.
 */
public record TestSheet(Attempt attempt, List<Item> items) {

    /** A question with its option positions (1-based, as stored) in the order shown. */
    public record Item(BankQuestion question, List<Integer> optionOrder) {
    }

    /** Draws {@code count} questions of the bank in a random order. */
    public static List<Long> draw(List<BankQuestion> bank, int count, long seed) {
        List<Long> ids = new ArrayList<>(bank.stream().map(BankQuestion::id).toList());
        Collections.shuffle(ids, new Random(seed));
        return List.copyOf(ids.subList(0, Math.min(count, ids.size())));
    }

    public static TestSheet of(Attempt attempt, List<BankQuestion> bank) {
        List<Item> items = new ArrayList<>();
        for (long id : attempt.questionIds()) {
            // a question deleted from the bank since the attempt began drops out of the sheet
            bank.stream().filter(q -> q.id() == id).findFirst().ifPresent(q -> items.add(new Item(q, order(q, attempt.seed()))));
        }
        return new TestSheet(attempt, items);
    }

    private static List<Integer> order(BankQuestion question, long seed) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 1; i <= question.options().size(); i++) {
            positions.add(i);
        }
        if (question.kind() != QuestionKind.TRUE_FALSE) {
            Collections.shuffle(positions, new Random(seed ^ question.id() * 0x9E3779B97F4A7C15L));
        }
        return positions;
    }
}
