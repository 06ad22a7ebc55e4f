package campus.evaluation.web;

import campus.catalogue.CatalogueApi;
import campus.evaluation.internal.LinkState;
import campus.evaluation.internal.SurveyAlreadyAnswered;
import campus.evaluation.internal.SurveyRefused;
import campus.evaluation.internal.Surveys;
import campus.shared.LanguageCode;
import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The personal links mailed to learners: no sign-in, the token is the key. A forged or cut link
 * answers 404, a used or expired one 410, each with a page that says so; none changes anything.
 */
@Controller
class SurveyLinkController {

    private final Surveys surveys;
    private final CatalogueApi catalogue;
    private final MessageSource messages;

    SurveyLinkController(Surveys surveys, CatalogueApi catalogue, MessageSource messages) {
        this.surveys = surveys;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping("/surveys/{token}")
    String open(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
        LinkState state = surveys.open(token);
        if (state.status() != LinkState.Status.OPEN) {
            return closed(state, model, locale, response);
        }
        return form(token, state, model, locale);
    }

    @PostMapping("/surveys/{token}")
    String submit(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, Model model,
                  Locale locale, HttpServletResponse response) {
        LinkState state;
        try {
            state = surveys.submitByLink(token, form::getFirst);
        } catch (SurveyRefused refused) {
            SurveyPage.refused(model, refused, form, messages, locale);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(token, surveys.open(token), model, locale);
        } catch (SurveyAlreadyAnswered answered) {
            return closed(surveys.open(token), model, locale, response);
        }
        if (state.status() != LinkState.Status.OPEN) {
            return closed(state, model, locale, response);
        }
        return "redirect:/surveys/thanks";
    }

    @GetMapping("/surveys/thanks")
    String thanks() {
        return "evaluation/thanks";
    }

    private String form(String token, LinkState state, Model model, Locale locale) {
        String language = LanguageCode.of(locale).code();
        long activityId = state.invitation().activityId();
        return SurveyPage.show(model, "/surveys/" + token,
                catalogue.find(activityId, language).map(a -> a.title()).orElse(""), state.invitation().survey(),
                surveys.items(activityId, state.invitation().survey()), language);
    }

    private static String closed(LinkState state, Model model, Locale locale, HttpServletResponse response) {
        response.setStatus(state.status() == LinkState.Status.UNKNOWN ? HttpServletResponse.SC_NOT_FOUND
                : HttpServletResponse.SC_GONE);
        model.addAttribute("status", state.status().name().toLowerCase(Locale.ROOT));
        model.addAttribute("expiredOn", state.invitation() == null || state.invitation().expiresAt() == null ? ""
                : state.invitation().expiresAt().toLocalDate()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)));
        return "evaluation/link-closed";
    }
}
