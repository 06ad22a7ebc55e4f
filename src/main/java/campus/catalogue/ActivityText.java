package campus.catalogue;

/** An activity's title and description in one language. */
public record ActivityText(String title, String description) {
}
