package campus.catalogue;

/** Published when an activity is created, edited or changes status. */
public record ActivityChanged(long activityId) {
}
