package campus.accounts;

import campus.shared.Role;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What other modules may ask of the accounts module. */
public interface AccountsApi {

    /** A person by id. */
    Optional<PersonView> find(long personId);

    /** Several people by id, for lists such as an activity's enrolments. */
    Map<Long, PersonView> findAll(Collection<Long> personIds);

    /** The person an API bearer token belongs to, if the token is valid. */
    Optional<CampusUser> authenticateToken(String token);

    /** Creates a verified account with the given roles (first administrator, demo content). */
    long createVerified(PersonDetails details, String password, Set<Role> roles);

    /** A person by email (compared without case), for invitations and naming administrators. */
    Optional<PersonView> findByEmail(String email);

    /** Replaces a person's roles (a person keeps at least the learner role). */
    void setRoles(long personId, Set<Role> roles);

    /** Whether any administrator exists yet. */
    boolean hasAdministrator();
}
