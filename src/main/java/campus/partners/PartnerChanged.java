package campus.partners;

/** A partner was created or its name or country changed (the results report names partners). */
public record PartnerChanged(long partnerId, String name, String country) {
}
