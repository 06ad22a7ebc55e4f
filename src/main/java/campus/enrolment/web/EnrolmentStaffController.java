package campus.enrolment.web;

import campus.accounts.AccountsApi;
import campus.accounts.PersonView;
import campus.catalogue.CatalogueApi;
import campus.enrolment.EnrolmentStatus;
import campus.enrolment.EnrolmentView;
import campus.enrolment.internal.EnrolmentService;
import campus.shared.CsvCells;
import campus.shared.FieldProblem;
import campus.shared.LanguageCode;
import campus.shared.NotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff see an activity's applications and enrolments, change statuses and export them as CSV. */
@Controller
class EnrolmentStaffController {

    private final EnrolmentService enrolments;
    private final CatalogueApi catalogue;
    private final AccountsApi accounts;
    private final MessageSource messages;

    EnrolmentStaffController(EnrolmentService enrolments, CatalogueApi catalogue, AccountsApi accounts,
                             MessageSource messages) {
        this.enrolments = enrolments;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.messages = messages;
    }

    /** One row of the staff list: the enrolment and the person. */
    record Row(EnrolmentView enrolment, PersonView person) {
    }

    @GetMapping("/staff/activities/{id}/enrolments")
    String list(@PathVariable long id, Model model, Locale locale) {
        var activity = catalogue.find(id, LanguageCode.of(locale).code()).orElseThrow(() -> new NotFound("activity " + id));
        model.addAttribute("activity", activity);
        model.addAttribute("rows", rows(id));
        model.addAttribute("statuses", Arrays.stream(EnrolmentStatus.values()).map(EnrolmentStatus::code).toList());
        return "enrolment/staff-list";
    }

    /** Under its activity's path, so that the rule for who may manage the activity covers its enrolments too. */
    @PostMapping("/staff/activities/{activityId}/enrolments/{id}/status")
    String changeStatus(@PathVariable long activityId, @PathVariable long id, @RequestParam String status,
                        RedirectAttributes redirect, Locale locale) {
        EnrolmentView enrolment = enrolments.find(id).filter(e -> e.activityId() == activityId)
                .orElseThrow(() -> new NotFound("enrolment " + id));
        EnrolmentStatus wanted = Arrays.stream(EnrolmentStatus.values()).filter(s -> s.code().equals(status))
                .findFirst().orElseThrow(() -> new NotFound("status " + status));
        try {
            enrolments.changeStatus(id, wanted);
            redirect.addFlashAttribute("notice", messages.getMessage("enrolment.status.changed", null, locale));
        } catch (FieldProblem problem) {
            redirect.addFlashAttribute("problem", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
        }
        return "redirect:/staff/activities/" + enrolment.activityId() + "/enrolments";
    }

    @GetMapping("/staff/activities/{id}/enrolments.csv")
    void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        var activity = catalogue.find(id, "en").orElseThrow(() -> new NotFound("activity " + id));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"enrolments-" + activity.code() + ".csv\"");
        Writer out = new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("enrolment_id", "participant_id",
                "activity_id", "email", "given_name", "family_name", "status", "applied_at", "waitlist_position",
                "enrolled_on", "completed_on", "withdrawn_on").get())) {
            for (Row row : rows(id)) {
                EnrolmentView e = row.enrolment();
                PersonView p = row.person();
                csv.printRecord(e.id(), e.personId(), activity.code(), p == null ? "" : p.email(),
                        p == null ? "" : CsvCells.safe(p.givenName()), p == null ? "" : CsvCells.safe(p.familyName()), e.status().code(),
                        e.appliedAt(), e.waitlistPosition() == null ? "" : e.waitlistPosition(),
                        e.enrolledOn() == null ? "" : e.enrolledOn(), e.completedOn() == null ? "" : e.completedOn(),
                        e.withdrawnOn() == null ? "" : e.withdrawnOn());
            }
        }
    }

    private List<Row> rows(long activityId) {
        List<EnrolmentView> list = enrolments.ofActivity(activityId);
        Map<Long, PersonView> people = accounts.findAll(list.stream().map(EnrolmentView::personId).toList());
        return list.stream().map(e -> new Row(e, people.get(e.personId()))).toList();
    }
}
