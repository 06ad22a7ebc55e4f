package campus.learning;

/**
 * Published when a pre-test or post-test of an enrolment is scored: the pre-test score and the best
 * post-test score so far (0–100; null until taken), for the results report's knowledge figures.
 */
public record KnowledgeScores(long enrolmentId, Integer preScore, Integer postScore) {
}
