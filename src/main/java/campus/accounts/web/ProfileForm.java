package campus.accounts.web;

import campus.accounts.PersonDetails;
import campus.accounts.PersonView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The profile form: what the results report needs to know about a learner. A bean rather than a record, so that one value of the wrong type is reported on its field while the others are kept. */
class ProfileForm {

    @NotBlank @Size(max = 100) public String givenName;
    @NotBlank @Size(max = 100) public String familyName;
    @NotBlank @Pattern(regexp = "female|male|other|undisclosed") public String gender;
    @Min(1900) @Max(2020) public Integer birthYear;
    @NotBlank @Size(min = 2, max = 2) public String country;
    @NotBlank @Pattern(regexp = "government|employers|workers|other") public String constituent;
    @Size(max = 200) public String institution;
    @Pattern(regexp = "|junior|mid_career|senior") public String positionLevel;
    @NotBlank @Pattern(regexp = "en|fr|es") public String preferredLanguage;

    public ProfileForm() {
    }

    ProfileForm(String givenName, String familyName, String gender, Integer birthYear, String country, String constituent, String institution, String positionLevel, String preferredLanguage) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.gender = gender;
        this.birthYear = birthYear;
        this.country = country;
        this.constituent = constituent;
        this.institution = institution;
        this.positionLevel = positionLevel;
        this.preferredLanguage = preferredLanguage;
    }

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
