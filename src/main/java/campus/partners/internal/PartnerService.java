package campus.partners.internal;

import campus.accounts.AccountsApi;
import campus.accounts.PersonView;
import campus.partners.PartnerChanged;
import campus.partners.PartnerView;
import campus.partners.PartnersApi;
import campus.shared.Countries;
import campus.shared.FieldProblem;
import campus.shared.LanguageCode;
import campus.shared.NotFound;
import campus.shared.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partners, their spaces' branding and who belongs to them. */
@Service
@Transactional
public class PartnerService implements PartnersApi {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Paths under /p/ that are not spaces, and words that would confuse a reader of the address. */
    private static final Set<String> RESERVED = Set.of("admin", "staff", "api", "new", "www");
    private static final int LOGO_LIMIT = 256 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PartnerStore partners;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PartnerService(PartnerStore partners, AccountsApi accounts, ApplicationEventPublisher events, Clock clock) {
        this.partners = partners;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    public long create(PartnerDetails details) {
        PartnerDetails d = checked(details);
        if (!SLUG.matcher(d.slug()).matches() || RESERVED.contains(d.slug())) {
            throw new FieldProblem("slug", "partners.slug.invalid");
        }
        if (partners.slugTaken(d.slug())) {
            throw new FieldProblem("slug", "partners.slug.taken");
        }
        long id = partners.insert(d, now());
        partners.brand(id, new Branding("#1f4e79", "#f2a900", List.of("en"), false, Map.of()), now());
        partners.joinToken(id, newToken());
        events.publishEvent(new PartnerChanged(id, d.name(), d.country()));
        return id;
    }

    public void update(long partnerId, PartnerDetails details) {
        existing(partnerId);
        PartnerDetails d = checked(details);
        partners.update(partnerId, d, now());
        events.publishEvent(new PartnerChanged(partnerId, d.name(), d.country()));
    }

    private static PartnerDetails checked(PartnerDetails d) {
        String name = d.name() == null ? "" : d.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new FieldProblem("name", "partners.name.invalid");
        }
        if (d.kind() == null) {
            throw new FieldProblem("kind", "partners.kind.invalid");
        }
        String country = d.country() == null || d.country().isBlank() ? null : d.country().strip().toUpperCase(Locale.ROOT);
        if (country != null && !Countries.isValid(country)) {
            throw new FieldProblem("country", "partners.country.invalid");
        }
        String contact = d.contactEmail() == null || d.contactEmail().isBlank() ? null : d.contactEmail().strip();
        if (contact != null && (!EMAIL.matcher(contact).matches() || contact.length() > 254)) {
            throw new FieldProblem("contactEmail", "partners.contact.invalid");
        }
        String slug = d.slug() == null ? "" : d.slug().strip().toLowerCase(Locale.ROOT);
        return new PartnerDetails(slug, name, d.kind(), country, contact);
    }

    public void brand(long partnerId, Branding b) {
        existing(partnerId);
        for (var colour : Map.of("primaryColour", nullToEmpty(b.primaryColour()), "accentColour", nullToEmpty(b.accentColour())).entrySet()) {
            if (!COLOUR.matcher(colour.getValue()).matches()) {
                throw new FieldProblem(colour.getKey(), "partners.colour.invalid");
            }
        }
        List<String> languages = b.languages() == null ? List.of()
                : b.languages().stream().filter(l -> LanguageCode.find(l).isPresent()).distinct().toList();
        if (languages.isEmpty()) {
            throw new FieldProblem("languages", "partners.languages.required");
        }
        for (var text : b.welcome().entrySet()) {
            if (text.getValue() != null && text.getValue().length() > 4000) {
                throw new FieldProblem("welcome" + capitalised(text.getKey()), "partners.welcome.tooLong");
            }
        }
        partners.brand(partnerId, new Branding(b.primaryColour().toLowerCase(Locale.ROOT), b.accentColour().toLowerCase(Locale.ROOT),
                languages, b.openToAll(), b.welcome()), now());
    }

    /** Keeps a PNG, JPEG, GIF or WebP logo of at most 256 KB; SVG is refused because it can carry scripts. */
    public void setLogo(long partnerId, byte[] content) {
        existing(partnerId);
        if (content == null || content.length == 0) {
            throw new FieldProblem("logo", "partners.logo.empty");
        }
        if (content.length > LOGO_LIMIT) {
            throw new FieldProblem("logo", "partners.logo.tooLarge");
        }
        String type = ImageType.of(content).orElseThrow(() -> new FieldProblem("logo", "partners.logo.type"));
        partners.logo(partnerId, type, content);
    }

    @Transactional(readOnly = true)
    public Optional<Logo> logo(long partnerId) {
        return partners.logo(partnerId);
    }

    /** The space's join link token, made when the partner was created. */
    @Transactional(readOnly = true)
    public String joinToken(long partnerId) {
        return partners.joinToken(partnerId).orElseThrow(() -> new NotFound("partner " + partnerId));
    }

    /** A new join link; the old one stops working. */
    public String renewJoinToken(long partnerId) {
        existing(partnerId);
        String token = newToken();
        partners.joinToken(partnerId, token);
        return token;
    }

    /** Joins the person to the space when the token is the space's current join link (or the space is open). */
    public boolean join(long partnerId, long personId, String token) {
        PartnerView partner = existing(partnerId);
        String current = partners.joinToken(partnerId).orElse("");
        boolean allowed = partner.openToAll() || token != null && java.security.MessageDigest.isEqual(
                current.getBytes(java.nio.charset.StandardCharsets.UTF_8), token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (allowed) {
            partners.addMember(partnerId, personId, PartnerStore.MEMBER, now());
        }
        return allowed;
    }

    /** Makes the person with this email an administrator of the space (they must have an account). */
    @Override
    public void addAdministrator(long partnerId, String email) {
        existing(partnerId);
        PersonView person = accounts.findByEmail(email == null ? "" : email)
                .orElseThrow(() -> new FieldProblem("email", "partners.admin.unknown"));
        partners.addMember(partnerId, person.id(), PartnerStore.ADMIN, now());
        if (!person.roles().contains(Role.PARTNER_ADMIN)) {
            Set<Role> roles = EnumSet.copyOf(person.roles());
            roles.add(Role.PARTNER_ADMIN);
            accounts.setRoles(person.id(), roles);
        }
    }

    /** Takes administration of the space away; the person stays a member. */
    public void removeAdministrator(long partnerId, long personId) {
        existing(partnerId);
        partners.setRole(partnerId, personId, PartnerStore.MEMBER);
    }

    /** Removes a member (not an administrator: the Centre's staff take that role away first). */
    public boolean removeMember(long partnerId, long personId) {
        if (partners.role(partnerId, personId).filter(PartnerStore.ADMIN::equals).isPresent()) {
            throw new FieldProblem("member", "partners.member.isAdmin");
        }
        return partners.removeMember(partnerId, personId);
    }

    @Transactional(readOnly = true)
    public List<Membership> members(long partnerId) {
        return partners.members(partnerId);
    }

    @Transactional(readOnly = true)
    public Set<Long> recommendations(long partnerId) {
        return partners.recommendations(partnerId);
    }

    @Override
    public void recommend(long partnerId, Collection<Long> centreActivityIds) {
        existing(partnerId);
        partners.recommend(partnerId, centreActivityIds);
    }

    @Override
    public void addMember(long partnerId, long personId) {
        existing(partnerId);
        partners.addMember(partnerId, personId, PartnerStore.MEMBER, now());
    }

    @Override
    public long open(String slug, String name, campus.partners.PartnerKind kind, String country, String contactEmail) {
        return create(new PartnerDetails(slug, name, kind, country, contactEmail));
    }

    @Override
    public void brand(long partnerId, String primaryColour, String accentColour, List<String> languages, boolean openToAll,
                      Map<String, String> welcome) {
        brand(partnerId, new Branding(primaryColour, accentColour, languages, openToAll, welcome));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PartnerView> find(long partnerId) {
        return partners.byId(partnerId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PartnerView> findBySlug(String slug) {
        return slug == null ? Optional.empty() : partners.bySlug(slug);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartnerView> all() {
        return partners.all();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean administers(long personId, long partnerId) {
        return partners.role(partnerId, personId).filter(PartnerStore.ADMIN::equals).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isMember(long personId, long partnerId) {
        return partners.role(partnerId, personId).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartnerView> administeredBy(long personId) {
        return partners.ofPerson(personId, true);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartnerView> spacesOf(long personId) {
        return partners.ofPerson(personId, false);
    }

    PartnerView existing(long partnerId) {
        return partners.byId(partnerId).orElseThrow(() -> new NotFound("partner " + partnerId));
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String capitalised(String language) {
        return language.isEmpty() ? language : Character.toUpperCase(language.charAt(0)) + language.substring(1);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
