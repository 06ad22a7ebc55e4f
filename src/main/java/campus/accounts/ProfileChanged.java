package campus.accounts;

/** Published when a person's profile (what the results report counts) changes. */
public record ProfileChanged(long personId) {
}
