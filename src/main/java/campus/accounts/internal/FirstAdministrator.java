package campus.accounts.internal;

import campus.accounts.PersonDetails;
import campus.shared.Role;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from configuration (CAMPUS_ADMIN_EMAIL and CAMPUS_ADMIN_PASSWORD)
 * when there is none yet. There is no default password: without configuration the platform says how.
 */
@Component
@Order(0)
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "campus.command", havingValue = "serve",
        matchIfMissing = true)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountService accounts;
    private final String email;
    private final String password;

    FirstAdministrator(AccountService accounts, @Value("${campus.admin.email:}") String email,
                       @Value("${campus.admin.password:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasAdministrator()) {
            return;
        }
        if (email.isBlank() || password.isBlank()) {
            log.warn("No administrator yet: set CAMPUS_ADMIN_EMAIL and CAMPUS_ADMIN_PASSWORD (at least {} characters) "
                    + "and restart to create one.", AccountService.MIN_PASSWORD_LENGTH);
            return;
        }
        accounts.createVerified(new PersonDetails(email, "Campus", "Administrator", "undisclosed", null, null,
                "other", null, null, "en"), password, EnumSet.of(Role.ADMINISTRATOR, Role.STAFF));
        log.info("Created the first administrator {}", email);
    }
}
