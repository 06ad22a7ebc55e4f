package campus.credentials.web;

import campus.accounts.CampusUser;
import campus.catalogue.ActivityView;
import campus.catalogue.CatalogueApi;
import campus.credentials.internal.ActivityCredentials;
import campus.credentials.internal.AwardSettings;
import campus.credentials.internal.Credentials;
import campus.credentials.internal.StatusChanges;
import campus.shared.FieldProblem;
import campus.shared.LanguageCode;
import campus.shared.NotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff manage an activity's credentials: which kind it awards, issuing to everyone who completed,
 * and revoking, suspending or reinstating a credential — always with a reason, which verifiers see.
 */
@Controller
class StaffCredentialsController {

    private final CatalogueApi catalogue;
    private final ActivityCredentials activityCredentials;
    private final AwardSettings awards;
    private final Credentials credentials;
    private final StatusChanges statuses;
    private final MessageSource messages;

    StaffCredentialsController(CatalogueApi catalogue, ActivityCredentials activityCredentials, AwardSettings awards,
                               Credentials credentials, StatusChanges statuses, MessageSource messages) {
        this.catalogue = catalogue;
        this.activityCredentials = activityCredentials;
        this.awards = awards;
        this.credentials = credentials;
        this.statuses = statuses;
        this.messages = messages;
    }

    @GetMapping("/staff/activities/{activityId}/credentials")
    String page(@PathVariable long activityId, Model model, Locale locale) {
        ActivityView activity = activity(activityId, locale);
        model.addAttribute("activity", activity);
        model.addAttribute("award", awards.of(activity));
        model.addAttribute("choices", AwardSettings.CHOICES);
        model.addAttribute("rows", activityCredentials.of(activityId));
        return "credentials/staff-activity";
    }

    @PostMapping("/staff/activities/{activityId}/credentials/kind")
    String chooseKind(@PathVariable long activityId, @RequestParam(required = false) String kind, Model model,
                      RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        activity(activityId, locale);
        try {
            awards.choose(activityId, kind);
        } catch (FieldProblem problem) {
            model.addAttribute("kindProblem", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(activityId, model, locale);
        }
        redirect.addFlashAttribute("notice", messages.getMessage("form.saved", null, locale));
        return "redirect:/staff/activities/" + activityId + "/credentials";
    }

    @PostMapping("/staff/activities/{activityId}/credentials/issue")
    String issue(@PathVariable long activityId, RedirectAttributes redirect, Locale locale) {
        activity(activityId, locale);
        int issued = credentials.issueForActivity(activityId);
        redirect.addFlashAttribute("notice", messages.getMessage("staffcredentials.issued", new Object[] {issued}, locale));
        return "redirect:/staff/activities/" + activityId + "/credentials";
    }

    /** Under its activity's path, so that the rule for who may manage the activity covers its credentials too. */
    @PostMapping("/staff/activities/{activityId}/credentials/{credentialId}/status")
    String changeStatus(@PathVariable long activityId, @PathVariable String credentialId, @RequestParam(required = false) String status,
                        @RequestParam(required = false) String reason, @AuthenticationPrincipal CampusUser staff,
                        Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        activityCredentials.activityOf(credentialId).filter(a -> a == activityId).orElseThrow(() -> new NotFound("credential"));
        try {
            statuses.change(credentialId, status, reason, staff.id());
        } catch (FieldProblem problem) {
            model.addAttribute("statusProblem", new StatusProblem(credentialId, problem.field(),
                    messages.getMessage(problem.messageKey(), problem.arguments(), locale), reason));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(activityId, model, locale);
        }
        redirect.addFlashAttribute("notice", messages.getMessage("staffcredentials.status.changed", null, locale));
        return "redirect:/staff/activities/" + activityId + "/credentials#credential-" + credentialId;
    }

    /** A refused status change, shown on the form it came from with the reason as typed. */
    record StatusProblem(String credentialId, String field, String message, String reason) {
    }

    private ActivityView activity(long activityId, Locale locale) {
        return catalogue.find(activityId, LanguageCode.of(locale).code()).orElseThrow(() -> new NotFound("activity " + activityId));
    }
}
