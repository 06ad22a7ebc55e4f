package campus.credentials.internal;

import campus.catalogue.ActivityView;
import campus.shared.FieldProblem;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff choose which credential an activity awards, or none; without a choice its modality decides. */
@Service
@Transactional
public class AwardSettings {

    public static final String NONE = "none";

    /** The choices staff have: the kinds' codes and "none". */
    public static final List<String> CHOICES = List.of(CredentialKind.PARTICIPATION.code(),
            CredentialKind.ACHIEVEMENT.code(), CredentialKind.DIPLOMA.code(), NONE);

    /** What an activity awards now (a kind's code or "none") and whether staff chose it. */
    public record Award(String choice, boolean chosen) {
    }

    private final CredentialSettings settings;
    private final Awards awards;

    AwardSettings(CredentialSettings settings, Awards awards) {
        this.settings = settings;
        this.awards = awards;
    }

    @Transactional(readOnly = true)
    public Award of(ActivityView activity) {
        boolean chosen = settings.kind(activity.id()).isPresent();
        return new Award(awards.kindFor(activity).map(CredentialKind::code).orElse(NONE), chosen);
    }

    /** Sets what the activity awards from now on; credentials already issued keep their kind. */
    public void choose(long activityId, String choice) {
        if (choice == null || !CHOICES.contains(choice)) {
            throw new FieldProblem("kind", "credential.kind.unknown");
        }
        settings.save(activityId, choice);
    }
}
