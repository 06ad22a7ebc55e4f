package campus.credentials.internal;

import campus.credentials.CredentialsApi;
import campus.enrolment.EnrolmentApi;
import campus.enrolment.EnrolmentStatus;
import campus.enrolment.EnrolmentView;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issuing on completion and in bulk, and what other modules may ask. */
@Service
public class Credentials implements CredentialsApi {

    private final CredentialStore store;
    private final CredentialIssuer issuer;
    private final Awards awards;
    private final EnrolmentApi enrolments;
    private final Issuer addresses;

    Credentials(CredentialStore store, CredentialIssuer issuer, Awards awards, EnrolmentApi enrolments, Issuer addresses) {
        this.store = store;
        this.issuer = issuer;
        this.awards = awards;
        this.enrolments = enrolments;
        this.addresses = addresses;
    }

    /** The credential a completed enrolment earns; issuing twice returns the first. Empty when none is awarded. */
    @Transactional
    public Optional<StoredCredential> issueFor(long enrolmentId) {
        Optional<StoredCredential> existing = store.ofEnrolment(enrolmentId);
        if (existing.isPresent()) {
            return existing;
        }
        EnrolmentView enrolment = enrolments.find(enrolmentId).filter(e -> e.status() == EnrolmentStatus.COMPLETED)
                .orElseThrow(() -> new campus.shared.FieldProblem("enrolment", "credential.issue.notcompleted"));
        // the completion listener and a bulk issue may reach one enrolment at once: look again under the lock
        store.lockIssuing(enrolment.activityId());
        existing = store.ofEnrolment(enrolmentId);
        if (existing.isPresent()) {
            return existing;
        }
        return awards.of(enrolment).map(a -> issuer.issueAll(List.of(a)).get(0));
    }

    /** Issues to every learner of the activity who completed it and has no credential yet; returns how many. */
    @Transactional
    public int issueForActivity(long activityId) {
        List<EnrolmentView> completed = enrolments.ofActivity(activityId).stream()
                .filter(e -> e.status() == EnrolmentStatus.COMPLETED).toList();
        if (completed.isEmpty()) {
            return 0;
        }
        store.lockIssuing(activityId);
        Set<Long> done = new HashSet<>(store.enrolmentsWithCredential(completed.stream().map(EnrolmentView::id).toList()));
        List<Award> toIssue = completed.stream().filter(e -> !done.contains(e.id())).map(awards::of)
                .flatMap(Optional::stream).toList();
        return issuer.issueAll(toIssue).size();
    }

    /** The OB 3.0 Achievement behind an achievement id ("{activityId}-{kind}"), in the language asked for when offered. */
    @Transactional(readOnly = true)
    public Optional<jakarta.json.JsonObject> achievement(String key, String language) {
        int dash = key.lastIndexOf('-');
        if (dash <= 0) {
            return Optional.empty();
        }
        long activityId;
        try {
            activityId = Long.parseLong(key.substring(0, dash));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return CredentialKind.ofCode(key.substring(dash + 1))
                .flatMap(kind -> awards.achievement(activityId, kind, language)
                        .map(a -> CredentialDocument.achievement(addresses.achievementUrl(activityId, kind), kind, a.text(),
                                addresses.profile(), a.partner())));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> credentialPages(Collection<Long> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return Map.of();
        }
        return store.idsOfEnrolments(enrolmentIds).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> addresses.credentialUrl(e.getValue())));
    }
}
