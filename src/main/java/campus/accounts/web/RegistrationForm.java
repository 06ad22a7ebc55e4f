package campus.accounts.web;

import campus.accounts.PersonDetails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The registration form; the same fields as the API's registration body. */
record RegistrationForm(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(min = 10, max = 200) String password,
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotBlank @Pattern(regexp = "female|male|other|undisclosed") String gender,
        @Min(1900) @Max(2020) Integer birthYear,
        @NotBlank @Size(min = 2, max = 2) String country,
        @NotBlank @Pattern(regexp = "government|employers|workers|other") String constituent,
        @Size(max = 200) String institution,
        @Pattern(regexp = "|junior|mid_career|senior") String positionLevel,
        @NotBlank @Pattern(regexp = "en|fr|es") String preferredLanguage) {

    static RegistrationForm empty(String language) {
        return new RegistrationForm("", "", "", "", "undisclosed", null, "", "other", "", "", language);
    }

    PersonDetails details() {
        return new PersonDetails(email, givenName, familyName, gender, birthYear, country, constituent, institution,
                positionLevel, preferredLanguage);
    }
}
