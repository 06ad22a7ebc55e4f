package campus.accounts.web;

import campus.accounts.PersonDetails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The registration form: the profile plus the email and password that make it an account. */
final class RegistrationForm extends ProfileForm {

    @NotBlank @Email @Size(max = 254) public String email;
    @NotBlank @Size(min = 10, max = 200) public String password;

    public RegistrationForm() {
    }

    static RegistrationForm empty(String language) {
        RegistrationForm form = new RegistrationForm();
        form.email = "";
        form.password = "";
        form.givenName = "";
        form.familyName = "";
        form.gender = "undisclosed";
        form.country = "";
        form.constituent = "other";
        form.institution = "";
        form.positionLevel = "";
        form.preferredLanguage = language;
        return form;
    }

    PersonDetails details() {
        return details(email);
    }
}
