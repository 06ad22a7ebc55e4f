package campus.learning.web;

import campus.accounts.CampusUser;
import campus.catalogue.ActivityView;
import campus.catalogue.CatalogueApi;
import campus.enrolment.EnrolmentApi;
import campus.enrolment.EnrolmentView;
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

    MyLearningController(EnrolmentApi enrolments, CatalogueApi catalogue, LearnerCourse courses) {
        this.enrolments = enrolments;
        this.catalogue = catalogue;
        this.courses = courses;
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
        return "learning/my-learning";
    }
}
