package campus.partners;

import java.util.List;
import java.util.Optional;

/** Partners and their spaces as other modules use them. */
public interface PartnersApi {

    Optional<PartnerView> find(long partnerId);

    Optional<PartnerView> findBySlug(String slug);

    /** Every partner, by name (for the Centre's staff). */
    List<PartnerView> all();

    /** Whether the person administers the partner's space. */
    boolean administers(long personId, long partnerId);

    /** Whether the person belongs to the partner's space (administrators do). */
    boolean isMember(long personId, long partnerId);

    /** The spaces the person administers, by name. */
    List<PartnerView> administeredBy(long personId);

    /** The spaces the person belongs to, by name. */
    List<PartnerView> spacesOf(long personId);
}
