package campus.interchange;

import java.util.Set;

/**
 * Ids already in the platform, per kind, that a folder's references may point to besides its own rows
 * (an import of only new enrolments may name participants imported before).
 */
public record KnownIds(Set<String> participants, Set<String> activities, Set<String> partners,
                       Set<String> enrolments, Set<String> credentials) {

    public KnownIds {
        participants = copy(participants);
        activities = copy(activities);
        partners = copy(partners);
        enrolments = copy(enrolments);
        credentials = copy(credentials);
    }

    /** No ids at all: every reference must resolve inside the folder. */
    public static KnownIds none() {
        return new KnownIds(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    private static Set<String> copy(Set<String> ids) {
        return ids == null ? Set.of() : Set.copyOf(ids);
    }
}
