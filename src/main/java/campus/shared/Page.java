package campus.shared;

import java.util.List;

/** One page of results and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public int pages() { return (int) Math.max(1, (total + size - 1) / size); }

    public boolean hasPrevious() { return page > 1; }

    public boolean hasNext() { return page < pages(); }
}
