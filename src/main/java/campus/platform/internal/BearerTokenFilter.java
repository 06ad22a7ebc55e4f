package campus.platform.internal;

import campus.accounts.AccountsApi;
import campus.accounts.CampusUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API calls that carry "Authorization: Bearer &lt;personal access token&gt;", without a session. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final AccountsApi accounts;
    private final ApiProblemWriter problems;

    BearerTokenFilter(AccountsApi accounts, ApiProblemWriter problems) {
        this.accounts = accounts;
        this.problems = problems;
    }

    static boolean carriesBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (carriesBearer(request)) {
            Optional<CampusUser> user = accounts.authenticateToken(request.getHeader("Authorization").substring(7).trim());
            if (user.isEmpty() || !user.get().isEnabled()) {
                problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "problem.token.invalid");
                return;
            }
            var auth = new UsernamePasswordAuthenticationToken(user.get(), null, user.get().getAuthorities());
            SecurityContextHolder.getContext().setAuthentication(auth);
        }
        chain.doFilter(request, response);
    }
}
