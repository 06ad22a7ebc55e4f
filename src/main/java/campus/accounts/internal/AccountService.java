package campus.accounts.internal;

import campus.accounts.AccountsApi;
import campus.accounts.CampusUser;
import campus.accounts.PersonDetails;
import campus.accounts.PersonView;
import campus.accounts.ProfileChanged;
import org.campus.db.tables.records.PersonRecord;
import campus.shared.Countries;
import campus.shared.FieldProblem;
import campus.shared.NotFound;
import campus.shared.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration, verification, password reset, profile and roles. */
@Service
@Transactional
public class AccountService implements AccountsApi {

    static final Duration VERIFY_VALIDITY = Duration.ofDays(3);
    static final Duration RESET_VALIDITY = Duration.ofHours(2);
    public static final int MIN_PASSWORD_LENGTH = 10;

    private final PersonStore people;
    private final TokenStore tokens;
    private final AccountMail mail;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(PersonStore people, TokenStore tokens, AccountMail mail, PasswordEncoder passwords,
                   LoginThrottle throttle, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.tokens = tokens;
        this.mail = mail;
        this.passwords = passwords;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    /** Registers a learner and mails a verification link; an imported participant's record is claimed. */
    public long register(PersonDetails details, String password) {
        PersonDetails d = normalised(details);
        checkPassword(password);
        Optional<PersonRecord> existing = people.byEmail(d.email());
        long id;
        if (existing.isPresent() && existing.get().getPasswordHash() != null) {
            throw new FieldProblem("email", "accounts.email.taken");
        } else if (existing.isPresent()) {
            id = existing.get().getId();
            people.claim(id, d, passwords.encode(password));
        } else {
            id = people.insert(d, passwords.encode(password), false, now());
        }
        people.replaceRoles(id, EnumSet.of(Role.LEARNER));
        mail.verifyEmail(d.email(), d.givenName(), d.preferredLanguage(),
                tokens.issue(id, TokenStore.Purpose.VERIFY_EMAIL, now().plus(VERIFY_VALIDITY)));
        return id;
    }

    /** Marks the email verified; false when the link is unknown, used or expired. */
    public boolean verify(String token) {
        Optional<Long> person = tokens.redeem(token, TokenStore.Purpose.VERIFY_EMAIL, now());
        person.ifPresent(people::markVerified);
        return person.isPresent();
    }

    /** Mails a reset link if the email belongs to an account; says nothing either way, against enumeration. */
    public void requestPasswordReset(String email) {
        people.byEmail(email.trim().toLowerCase(Locale.ROOT)).filter(p -> p.getPasswordHash() != null)
                .ifPresent(p -> mail.resetPassword(p.getEmail(), p.getGivenName(), p.getPreferredLanguage(),
                        tokens.issue(p.getId(), TokenStore.Purpose.RESET_PASSWORD, now().plus(RESET_VALIDITY))));
    }

    /** Sets a new password from a reset link; reaching the mail also proves the address. */
    public boolean resetPassword(String token, String password) {
        checkPassword(password);
        Optional<Long> person = tokens.redeem(token, TokenStore.Purpose.RESET_PASSWORD, now());
        person.ifPresent(id -> {
            people.setPassword(id, passwords.encode(password));
            people.markVerified(id);
        });
        return person.isPresent();
    }

    public void updateProfile(long personId, PersonDetails details) {
        people.updateProfile(personId, normalised(details));
        events.publishEvent(new ProfileChanged(personId));
    }

    @Override
    public void setRoles(long personId, Set<Role> roles) {
        people.byId(personId).orElseThrow(() -> new NotFound("person " + personId));
        people.replaceRoles(personId, roles.isEmpty() ? EnumSet.of(Role.LEARNER) : roles);
    }

    public java.util.List<PersonView> search(String text) {
        return people.search(text, 200);
    }

    public String issueApiToken(long personId, String label) {
        return tokens.issueApiToken(personId, label == null || label.isBlank() ? "API" : label.trim(), now());
    }

    public void revokeApiTokens(long personId) {
        tokens.revokeApiTokens(personId);
    }

    public int apiTokenCount(long personId) {
        return tokens.apiTokenCount(personId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonView> find(long personId) {
        return people.byId(personId).map(p -> PersonStore.view(p, people.roles(p.getId())));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, PersonView> findAll(Collection<Long> personIds) {
        return people.views(personIds);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CampusUser> authenticateToken(String token) {
        return tokens.apiTokenOwner(token).flatMap(people::byId).map(this::user);
    }

    @Override
    public long createVerified(PersonDetails details, String password, Set<Role> roles) {
        PersonDetails d = normalised(details);
        checkPassword(password);
        if (people.byEmail(d.email()).isPresent()) {
            throw new FieldProblem("email", "accounts.email.taken");
        }
        long id = people.insert(d, passwords.encode(password), true, now());
        people.replaceRoles(id, roles);
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasAdministrator() {
        return people.anyWithRole(Role.ADMINISTRATOR);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonView> findByEmail(String email) {
        return people.byEmail(email.trim().toLowerCase(Locale.ROOT)).map(p -> PersonStore.view(p, people.roles(p.getId())));
    }

    Optional<CampusUser> userByEmail(String email) {
        return people.byEmail(email.trim().toLowerCase(Locale.ROOT)).map(this::user);
    }

    private CampusUser user(PersonRecord p) {
        return new CampusUser(p.getId(), p.getEmail(), p.getPasswordHash(), p.getGivenName() + " " + p.getFamilyName(),
                p.getPreferredLanguage(), people.roles(p.getId()), p.getEmailVerified(), throttle.isLocked(p.getEmail()));
    }

    private void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new FieldProblem("password", "accounts.password.short", MIN_PASSWORD_LENGTH);
        }
    }

    private static PersonDetails normalised(PersonDetails d) {
        if (d.country() != null && !d.country().isBlank() && !Countries.isValid(d.country())) {
            throw new FieldProblem("country", "accounts.country.unknown");
        }
        return new PersonDetails(d.email().trim().toLowerCase(Locale.ROOT), d.givenName().trim(), d.familyName().trim(),
                d.gender(), d.birthYear(), blankToNull(d.country() == null ? null : d.country().toUpperCase(Locale.ROOT)),
                d.constituent(), blankToNull(d.institution()), blankToNull(d.positionLevel()), d.preferredLanguage());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
