package campus.reporting.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Arithmetic with the spec's rule that a share, growth or ratio over an empty denominator is null. */
final class Shares {

    private Shares() {
    }

    static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    static Double growth(long now, long before) {
        return before == 0 ? null : (double) now / before - 1;
    }

    static Double ratio(long now, long before) {
        return before == 0 ? null : (double) now / before;
    }

    /** {"mean": sum/n, "n": n}, computed from the sum and count so every database gives the same digits. */
    static Map<String, Object> mean(long sum, long n) {
        Map<String, Object> mean = new LinkedHashMap<>();
        mean.put("mean", n == 0 ? null : (double) sum / n);
        mean.put("n", n);
        return mean;
    }
}
