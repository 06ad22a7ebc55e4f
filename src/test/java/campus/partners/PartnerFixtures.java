package campus.partners;

import campus.Fixtures;
import campus.accounts.AccountsApi;
import campus.accounts.CampusUser;
import campus.accounts.PersonView;
import campus.catalogue.ActivityDraft;
import campus.catalogue.ActivityStatus;
import campus.catalogue.ActivityText;
import campus.catalogue.CatalogueApi;
import campus.partners.internal.PartnerDetails;
import campus.partners.internal.PartnerService;
import campus.shared.ActivityKind;
import campus.shared.Modality;
import campus.shared.Role;
import campus.shared.TechnicalArea;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Partners with an administrator, their activities and members, for the partners tests. */
@Component
public class PartnerFixtures {

    private final Fixtures fixtures;
    private final PartnerService partners;
    private final CatalogueApi catalogue;
    private final AccountsApi accounts;

    PartnerFixtures(Fixtures fixtures, PartnerService partners, CatalogueApi catalogue, AccountsApi accounts) {
        this.fixtures = fixtures;
        this.partners = partners;
        this.catalogue = catalogue;
        this.accounts = accounts;
    }

    /** A partner and the person who administers its space. */
    public record Space(long id, String slug, long administrator) {
    }

    public Space space(String name) {
        String slug = Fixtures.unique("sp").toLowerCase();
        long id = partners.create(new PartnerDetails(slug, name, PartnerKind.TRADE_UNION, "GH", "learning@" + slug + ".example"));
        long admin = fixtures.person(Role.LEARNER);
        partners.addAdministrator(id, email(admin));
        return new Space(id, slug, admin);
    }

    /** A published activity hosted in the partner's space (partnerId null: the Centre's own). */
    public long activity(Long partnerId, Modality modality) {
        String code = Fixtures.unique("PA");
        LocalDate start = modality == Modality.SELF_GUIDED ? LocalDate.now().minusDays(10) : LocalDate.now().plusMonths(1);
        long id = catalogue.create(new ActivityDraft(code, modality, ActivityKind.TRAINING, TechnicalArea.SOCIAL_DIALOGUE,
                "en", start, modality == Modality.SELF_GUIDED ? null : start.plusDays(5), null, null, null, false, partnerId,
                Map.of("en", new ActivityText("Course " + code, "About " + code))));
        catalogue.changeStatus(id, ActivityStatus.PUBLISHED);
        return id;
    }

    /** A new learner who joined the space through its join link. */
    public long member(long partnerId) {
        long person = fixtures.person(Role.LEARNER);
        join(partnerId, person);
        return person;
    }

    public void join(long partnerId, long person) {
        if (!partners.join(partnerId, person, partners.joinToken(partnerId))) {
            throw new IllegalStateException("could not join");
        }
    }

    /** The person as signed in, with their roles as stored now. */
    public CampusUser user(long personId) {
        PersonView p = accounts.find(personId).orElseThrow();
        return new CampusUser(p.id(), p.email(), null, p.fullName(), "en", p.roles(), true, false);
    }

    public String email(long personId) {
        return accounts.find(personId).orElseThrow().email();
    }
}
