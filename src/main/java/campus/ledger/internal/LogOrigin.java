package campus.ledger.internal;

import java.net.URI;

/**
 * The log's origin, the first line of every checkpoint and the name of its signing key: a
 * schema-less URL such as "campus.centre.org/log", from campus.ledger.origin or else the base URL.
 */
final class LogOrigin {

    private LogOrigin() {
    }

    static String of(String configured, String baseUrl) {
        String origin = configured == null || configured.isBlank() ? fromBaseUrl(baseUrl) : configured.strip();
        if (origin.isEmpty() || origin.chars().anyMatch(c -> Character.isWhitespace(c) || c == '+' || c < 0x20)) {
            throw new IllegalStateException("campus.ledger.origin must be non-empty without spaces or '+': " + origin);
        }
        return origin;
    }

    private static String fromBaseUrl(String baseUrl) {
        URI uri = URI.create(baseUrl.strip());
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        return uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + path + "/log";
    }
}
