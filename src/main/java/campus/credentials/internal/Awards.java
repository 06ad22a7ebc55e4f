package campus.credentials.internal;

import campus.accounts.AccountsApi;
import campus.accounts.PersonView;
import campus.catalogue.ActivityView;
import campus.catalogue.CatalogueApi;
import campus.enrolment.EnrolmentView;
import campus.partners.PartnerView;
import campus.partners.PartnersApi;
import campus.shared.Modality;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Decides what a completed enrolment earns and writes it in the learner's language: the activity's
 * credential kind (set by staff, else by modality), its title and description, and criteria; an activity
 * offered with a partner names the partner as the achievement's creator and in its description.
 */
@Component
class Awards {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int DESCRIPTION_LIMIT = 1000;

    private final AccountsApi accounts;
    private final CatalogueApi catalogue;
    private final CredentialSettings settings;
    private final MessageSource messages;
    private final PartnersApi partners;
    private final Issuer issuer;

    Awards(AccountsApi accounts, CatalogueApi catalogue, CredentialSettings settings, MessageSource messages,
           PartnersApi partners, Issuer issuer) {
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.settings = settings;
        this.messages = messages;
        this.partners = partners;
        this.issuer = issuer;
    }

    /** The kind an activity awards, or empty when staff switched credentials off for it. */
    Optional<CredentialKind> kindFor(ActivityView activity) {
        return settings.kind(activity.id()).orElseGet(() -> Optional.of(defaultKind(activity.modality())));
    }

    /** Face-to-face activities certify participation; the others end with an assessment. */
    static CredentialKind defaultKind(Modality modality) {
        return modality == Modality.FACE_TO_FACE ? CredentialKind.PARTICIPATION : CredentialKind.ACHIEVEMENT;
    }

    Optional<Award> of(EnrolmentView enrolment) {
        PersonView person = accounts.find(enrolment.personId()).orElseThrow();
        String language = person.preferredLanguage() == null ? "en" : person.preferredLanguage();
        ActivityView activity = catalogue.find(enrolment.activityId(), language).orElseThrow();
        PartnerProfile partner = partner(activity).orElse(null);
        return kindFor(activity).map(kind -> new Award(enrolment.id(), person.id(), activity.id(), kind,
                text(activity, kind, activity.language(), partner), IdentityHash.of(person.email(), salt()), partner));
    }

    /** The partner the activity was offered with, if any, under its space's address. */
    Optional<PartnerProfile> partner(ActivityView activity) {
        return Optional.ofNullable(activity.partnerId()).flatMap(partners::find)
                .map((PartnerView p) -> new PartnerProfile(p.name(), issuer.spaceUrl(p.slug())));
    }

    /**
     * The achievement an activity's credentials name, as OB 3.0 describes it, for whoever follows the
     * achievement id inside a credential: empty when the activity does not exist or awards another kind.
     */
    Optional<Achievement> achievement(long activityId, CredentialKind kind, String language) {
        return catalogue.find(activityId, language)
                .filter(a -> kindFor(a).filter(k -> k == kind).isPresent())
                .map(a -> {
                    PartnerProfile partner = partner(a).orElse(null);
                    return new Achievement(text(a, kind, a.language(), partner), partner);
                });
    }

    /** What an achievement says and the partner that created it with the Centre (null: the Centre alone). */
    record Achievement(AwardText text, PartnerProfile partner) {
    }

    private AwardText text(ActivityView activity, CredentialKind kind, String language, PartnerProfile partner) {
        Locale locale = Locale.forLanguageTag(language);
        String description = activity.description() == null ? activity.title() : activity.description().strip();
        if (description.length() > DESCRIPTION_LIMIT) {
            description = description.substring(0, DESCRIPTION_LIMIT - 1) + "…";
        }
        if (partner != null) {
            description = description + "\n\n" + messages.getMessage("credential.offeredWith", new Object[] {partner.name()}, locale);
        }
        String kindName = messages.getMessage("credential.kind." + kind.code(), null, locale);
        String criteria = messages.getMessage("credential.criteria." + kind.code(),
                new Object[] {activity.title()}, locale);
        return new AwardText(language, kindName + ": " + activity.title(), activity.title(), description, criteria);
    }

    private static String salt() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
