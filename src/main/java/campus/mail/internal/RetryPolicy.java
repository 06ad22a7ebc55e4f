package campus.mail.internal;

import java.time.Duration;

/**
 * When to try a mail again after a failed attempt: after {@code base}, doubling with each failure up
 * to {@code max}; after {@code maxAttempts} failures, not at all (an administrator may send it again).
 */
record RetryPolicy(Duration base, Duration max, int maxAttempts) {

    RetryPolicy {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("campus.mail: retry-base must be positive, retry-max at least "
                    + "retry-base and max-attempts at least 1 (were " + base + ", " + max + ", " + maxAttempts + ")");
        }
    }

    /** The wait after the given number of failed attempts (1 for the first failure). */
    Duration delayAfter(int failures) {
        Duration delay = base;
        for (int i = 1; i < failures && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) < 0 ? delay : max;
    }

    boolean givesUpAfter(int failures) {
        return failures >= maxAttempts;
    }
}
