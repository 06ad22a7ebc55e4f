package campus.accounts;

import campus.shared.Role;
import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as every module sees it: id, name, language and roles. */
public final class CampusUser implements UserDetails, CredentialsContainer {

    private final long id;
    private final String email;
    private String passwordHash;
    private final String displayName;
    private final String language;
    private final Set<Role> roles;
    private final boolean verified;
    private final boolean throttled;

    public CampusUser(long id, String email, String passwordHash, String displayName, String language,
                      Set<Role> roles, boolean verified, boolean throttled) {
        this.id = id;
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.language = language;
        this.roles = Set.copyOf(roles);
        this.verified = verified;
        this.throttled = throttled;
    }

    public long id() { return id; }

    public String email() { return email; }

    public String displayName() { return displayName; }

    public String language() { return language; }

    public Set<Role> roles() { return roles; }

    public boolean has(Role role) { return roles.contains(role); }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() { return passwordHash; }

    @Override
    public String getUsername() { return email; }

    @Override
    public boolean isEnabled() { return verified; }

    @Override
    public boolean isAccountNonLocked() { return !throttled; }

    @Override
    public void eraseCredentials() { passwordHash = null; }
}
