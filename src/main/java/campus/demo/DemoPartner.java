package campus.demo;

import campus.accounts.AccountsApi;
import campus.accounts.PersonDetails;
import campus.catalogue.ActivityDraft;
import campus.catalogue.ActivityStatus;
import campus.catalogue.ActivityText;
import campus.catalogue.CatalogueApi;
import campus.enrolment.EnrolmentApi;
import campus.partners.PartnerKind;
import campus.partners.PartnersApi;
import campus.shared.ActivityKind;
import campus.shared.Modality;
import campus.shared.Role;
import campus.shared.TechnicalArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The demo's partner space, a (fictional) network of trade unions at /p/wawen: its administrator
 * pat@campus.example, its own self-guided course, a recommended Centre course and Amina as a member.
 */
final class DemoPartner {

    static final String SLUG = "wawen";
    static final String ADMIN_EMAIL = "pat@campus.example";

    private final PartnersApi partners;
    private final CatalogueApi catalogue;
    private final AccountsApi accounts;
    private final EnrolmentApi enrolments;
    private final Clock clock;

    DemoPartner(PartnersApi partners, CatalogueApi catalogue, AccountsApi accounts, EnrolmentApi enrolments, Clock clock) {
        this.partners = partners;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    void open(long member, long recommendedCentreActivity) {
        long partner = partners.open(SLUG, "West African Workers' Education Network", PartnerKind.TRADE_UNION, "SN",
                "education@wawen.example");
        partners.brand(partner, "#7a1f2b", "#f2c14e", List.of("fr", "en"), false, Map.of(
                "fr", "Bienvenue dans l'espace de formation du réseau.\n\nCours gratuits pour les membres de nos syndicats.",
                "en", "Welcome to the network's learning space.\n\nFree courses for the members of our unions."));
        accounts.createVerified(new PersonDetails(ADMIN_EMAIL, "Pat", "Ndiaye", "female", 1983, "SN", "workers", null, null, "fr"),
                DemoContent.DEMO_PASSWORD, EnumSet.of(Role.LEARNER));
        partners.addAdministrator(partner, ADMIN_EMAIL);
        long course = catalogue.create(new ActivityDraft("WAWEN-INF-01", Modality.SELF_GUIDED, ActivityKind.TRAINING,
                TechnicalArea.SOCIAL_DIALOGUE, "fr", LocalDate.now(clock).minusMonths(1), null, null, null, null, false, partner,
                Map.of("fr", new ActivityText("S'organiser dans l'économie informelle",
                                "Un cours autoguidé du réseau sur l'organisation des travailleurs de l'économie informelle."),
                        "en", new ActivityText("Organising in the informal economy",
                                "The network's self-guided course on organising informal economy workers."))));
        catalogue.changeStatus(course, ActivityStatus.PUBLISHED);
        partners.recommend(partner, List.of(recommendedCentreActivity));
        partners.addMember(partner, member);
        enrolments.apply(course, member);
    }
}
