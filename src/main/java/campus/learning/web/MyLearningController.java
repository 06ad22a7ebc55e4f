package campus.learning.web;

import campus.accounts.CampusUser;
import campus.catalogue.ActivityView;
import campus.catalogue.CatalogueApi;
import campus.credentials.CredentialsApi;
import campus.enrolment.EnrolmentApi;
import campus.enrolment.EnrolmentStatus;
import campus.enrolment.EnrolmentView;
import campus.evaluation.EvaluationApi;
import campus.learning.internal.LearnerCourse;
import campus.shared.LanguageCode;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "My learning": current and past activities, with progress and the next step of each course. */
@Controller
class MyLearningController {

    private final EnrolmentApi enrolments;
    private final CatalogueApi catalogue;
    private final LearnerCourse courses;
    private final EvaluationApi evaluation;
    private final CredentialsApi credentials;

    MyLearningController(EnrolmentApi enrolments, CatalogueApi catalogue, LearnerCourse courses,
                         EvaluationApi evaluation, CredentialsApi credentials) {
        this.enrolments = enrolments;
        this.catalogue = catalogue;
        this.courses = courses;
        this.evaluation = evaluation;
        this.credentials = credentials;
    }

    /** One line of the page; course is null for applications that hold no seat (pending, waitlisted, ended). */
    record Line(EnrolmentView enrolment, ActivityView activity, LearnerCourse.Overview course) {
    }

    @GetMapping("/my-learning")
    String myLearning(@AuthenticationPrincipal CampusUser user, Model model, Locale locale) {
        String language = LanguageCode.of(locale).code();
        List<Line> lines = enrolments.ofPerson(user.id()).stream().map(e -> new Line(e,
                catalogue.find(e.activityId(), language).orElseThrow(),
                e.status().holdsSeat() ? courses.overview(e.id(), user.id(), language) : null)).toList();
        model.addAttribute("current", lines.stream().filter(l -> l.enrolment().status().isActive()).toList());
        model.addAttribute("past", lines.stream().filter(l -> !l.enrolment().status().isActive()).toList());
        // completed activities offer the satisfaction survey until it is answered
        List<Long> completed = lines.stream().map(Line::enrolment).filter(e -> e.status() == EnrolmentStatus.COMPLETED)
                .map(EnrolmentView::id).toList();
        model.addAttribute("rated", evaluation.satisfactionAnswered(completed));
        // completed activities link to the credential they earned
        model.addAttribute("credentialPages", credentials.credentialPages(completed));
        return "learning/my-learning";
    }
}
