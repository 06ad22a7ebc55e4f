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

    /** Records a partner and opens its space (demo content and set-up scripts; staff use the pages). */
    long open(String slug, String name, PartnerKind kind, String country, String contactEmail);

    /** Sets the space's colours, languages, welcome texts (by language) and whether anyone may join. */
    void brand(long partnerId, String primaryColour, String accentColour, List<String> languages, boolean openToAll,
               java.util.Map<String, String> welcome);

    /** Makes the person with this email (who must have an account) an administrator of the space. */
    void addAdministrator(long partnerId, String email);

    /** Adds the person to the space as a member (an administrator's choice, or the demo's). */
    void addMember(long partnerId, long personId);

    /** Sets the Centre activities the space recommends to its members. */
    void recommend(long partnerId, java.util.Collection<Long> centreActivityIds);
}
