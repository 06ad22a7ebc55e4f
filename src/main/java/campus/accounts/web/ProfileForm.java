package campus.accounts.web;

import campus.accounts.PersonDetails;
import campus.accounts.PersonView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The profile form: what the results report needs to know about a learner. */
record ProfileForm(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotBlank @Pattern(regexp = "female|male|other|undisclosed") String gender,
        @Min(1900) @Max(2020) Integer birthYear,
        @NotBlank @Size(min = 2, max = 2) String country,
        @NotBlank @Pattern(regexp = "government|employers|workers|other") String constituent,
        @Size(max = 200) String institution,
        @Pattern(regexp = "|junior|mid_career|senior") String positionLevel,
        @NotBlank @Pattern(regexp = "en|fr|es") String preferredLanguage) {

    static ProfileForm of(PersonView p) {
        return new ProfileForm(p.givenName(), p.familyName(), p.gender(), p.birthYear(),
                p.country() == null ? "" : p.country(), p.constituent(),
                p.institution() == null ? "" : p.institution(), p.positionLevel() == null ? "" : p.positionLevel(),
                p.preferredLanguage());
    }

    PersonDetails details(String email) {
        return new PersonDetails(email, givenName, familyName, gender, birthYear, country, constituent, institution,
                positionLevel, preferredLanguage);
    }
}
