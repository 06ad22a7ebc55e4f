package campus.learning.internal;

/**
 * What completing a course takes: a post-test score at or above the pass mark within the attempt
 * limit, drawing {@code questionsPerTest} questions from the bank (null: all of them), and for
 * activities with sessions the share of them attended, in per cent.
 */
public record CourseRules(int passMark, int attemptLimit, Integer questionsPerTest, int attendanceThreshold) {

    public static final CourseRules DEFAULT = new CourseRules(70, 3, null, 80);

    /** How many questions a test of a bank of the given size asks. */
    public int questionsDrawn(int bankSize) {
        return questionsPerTest == null ? bankSize : Math.min(questionsPerTest, bankSize);
    }
}
