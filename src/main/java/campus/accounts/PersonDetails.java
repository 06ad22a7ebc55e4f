package campus.accounts;

/** What a person tells about themselves: the fields the results report needs, validated by the caller. */
public record PersonDetails(String email, String givenName, String familyName, String gender, Integer birthYear,
                            String country, String constituent, String institution, String positionLevel,
                            String preferredLanguage) {
}
