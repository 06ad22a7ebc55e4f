package campus.partners.internal;

import campus.partners.PartnerKind;

/** What the Centre's staff record about a partner organisation. */
public record PartnerDetails(String slug, String name, PartnerKind kind, String country, String contactEmail) {
}
