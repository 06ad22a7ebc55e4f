package campus.accounts.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads the person signing in; imported participants without a password cannot sign in. */
@Component
class CampusUserDetailsService implements UserDetailsService {

    private final AccountService accounts;

    CampusUserDetailsService(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.userByEmail(email).filter(u -> u.getPassword() != null)
                .orElseThrow(() -> new UsernameNotFoundException("unknown email"));
    }
}
