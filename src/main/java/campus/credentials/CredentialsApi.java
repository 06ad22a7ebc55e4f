package campus.credentials;

import java.util.Collection;
import java.util.Map;

/** What other modules may ask of credentials. */
public interface CredentialsApi {

    /** The public page address of each of these enrolments' credentials, for those that have one. */
    Map<Long, String> credentialPages(Collection<Long> enrolmentIds);
}
