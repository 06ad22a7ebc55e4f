package campus.credentials.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values kept for a short while by id, to spare work that public pages repeat thousands of times a
 * minute. Bounded crudely (emptied when full): it only spares work, it never decides anything.
 */
final class RecentlyRead<T> {

    private static final int LIMIT = 100_000;

    private record Kept<T>(T value, long untilNanos) {
    }

    private final ConcurrentHashMap<String, Kept<T>> kept = new ConcurrentHashMap<>();

    Optional<T> get(String id) {
        Kept<T> k = kept.get(id);
        return k != null && k.untilNanos() - System.nanoTime() > 0 ? Optional.of(k.value()) : Optional.empty();
    }

    void put(String id, T value, Duration keepFor) {
        if (kept.size() >= LIMIT) {
            kept.clear();
        }
        kept.put(id, new Kept<>(value, System.nanoTime() + keepFor.toNanos()));
    }

    void forget(String id) {
        kept.remove(id);
    }
}
