package campus.accounts.web;

import campus.shared.Constituent;
import campus.shared.Countries;
import campus.shared.Gender;
import campus.shared.LanguageCode;
import campus.shared.PositionLevel;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.ui.Model;

/** The choices the registration and profile forms offer, in the reader's language. */
final class FormChoices {

    private FormChoices() {
    }

    static void addTo(Model model, Locale locale) {
        model.addAttribute("genders", Arrays.stream(Gender.values()).map(Gender::code).toList());
        model.addAttribute("constituents", Arrays.stream(Constituent.values()).map(Constituent::code).toList());
        model.addAttribute("positionLevels", Arrays.stream(PositionLevel.values()).map(PositionLevel::code).toList());
        model.addAttribute("languages", LanguageCode.codes());
        model.addAttribute("countries", Countries.all(locale));
    }
}
