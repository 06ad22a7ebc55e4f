package campus.accounts;

import campus.shared.Role;
import java.util.Set;

/** A person's details as other modules and staff pages see them. */
public record PersonView(long id, String email, String givenName, String familyName, String gender,
                         Integer birthYear, String country, String constituent, String institution,
                         String positionLevel, String preferredLanguage, boolean verified, Set<Role> roles) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
