package campus.shared;

/** A page of a long list: 1-based page number and page size, clamped to sane bounds. */
public record PageRequest(int page, int size) {

    public PageRequest {
        page = Math.max(1, page);
        size = Math.min(100, Math.max(1, size));
    }

    public int offset() { return (page - 1) * size; }
}
