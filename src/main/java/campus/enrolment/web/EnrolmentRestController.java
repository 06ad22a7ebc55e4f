package campus.enrolment.web;

import campus.accounts.CampusUser;
import campus.enrolment.EnrolmentView;
import campus.enrolment.internal.EnrolmentService;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in learner's enrolments in JSON: list, enrol, withdraw. */
@RestController
class EnrolmentRestController {

    private final EnrolmentService enrolments;

    EnrolmentRestController(EnrolmentService enrolments) {
        this.enrolments = enrolments;
    }

    @GetMapping("/api/me/enrolments")
    List<EnrolmentView> mine(@AuthenticationPrincipal CampusUser user) {
        return enrolments.ofPerson(user.id());
    }

    @PostMapping("/api/activities/{activityId}/enrolments")
    ResponseEntity<EnrolmentView> enrol(@AuthenticationPrincipal CampusUser user, @PathVariable long activityId) {
        EnrolmentView enrolment = enrolments.apply(activityId, user.id());
        return ResponseEntity.created(URI.create("/api/me/enrolments/" + enrolment.id())).body(enrolment);
    }

    @PostMapping("/api/me/enrolments/{enrolmentId}/withdraw")
    EnrolmentView withdraw(@AuthenticationPrincipal CampusUser user, @PathVariable long enrolmentId) {
        return enrolments.withdraw(enrolmentId, user.id());
    }
}
