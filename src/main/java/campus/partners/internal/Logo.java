package campus.partners.internal;

/** A space's logo and its checked image type. */
public record Logo(String type, byte[] content) {
}
