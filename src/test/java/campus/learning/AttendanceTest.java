package campus.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import campus.CampusTest;
import campus.Fixtures;
import campus.accounts.CampusUser;
import campus.enrolment.EnrolmentApi;
import campus.enrolment.EnrolmentStatus;
import campus.learning.internal.AttemptStore;
import campus.learning.internal.AttendanceService;
import campus.learning.internal.AttendanceStore;
import campus.learning.internal.CoursePackage;
import campus.learning.internal.CourseStore;
import campus.learning.internal.QuestionStore;
import campus.learning.internal.TestKind;
import campus.shared.Modality;
import campus.shared.Role;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Session days and attendance of a face-to-face activity, and completion by the attendance rule. */
@CampusTest
class AttendanceTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired CohortFixtures cohorts;
    @Autowired AttendanceService attendance;
    @Autowired AttendanceStore store;
    @Autowired EnrolmentApi enrolments;
    @Autowired CourseStore courses;
    @Autowired QuestionStore questions;
    @Autowired AttemptStore attempts;

    @Test
    void staffAddSessionDaysOnePerDate() throws Exception {
        long activity = fixtures.activity(Modality.FACE_TO_FACE, 20, false, "en");
        CampusUser staff = cohorts.user(fixtures.person(Role.STAFF));
        mvc.perform(post("/staff/activities/" + activity + "/sessions").with(user(staff)).with(csrf())
                .param("heldOn", "2030-03-02").param("topic", "Opening")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/staff/activities/" + activity + "/sessions").with(user(staff)).with(csrf())
                        .param("heldOn", "2030-03-02").param("topic", "Again"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"heldOn-error\"")))
                .andExpect(content().string(containsString("This activity already has a session on that day.")));
        assertThat(store.sessions(activity)).extracting(s -> s.topic()).containsExactly("Opening");
    }

    @Test
    void fourOfFiveSessionsCompleteAndThreeDoNot() throws Exception {
        long activity = fixtures.activity(Modality.FACE_TO_FACE, 20, false, "en");
        List<Long> sessions = fiveSessions(activity);
        long four = cohorts.enrol(activity, cohorts.learner("en", "Fatou"));
        long three = cohorts.enrol(activity, cohorts.learner("en", "Tomas"));
        CampusUser staff = cohorts.user(fixtures.person(Role.STAFF));

        for (int i = 0; i < 3; i++) {
            take(staff, activity, sessions.get(i), four, three);
        }
        take(staff, activity, sessions.get(3), four);
        assertThat(statusOf(four)).isEqualTo(EnrolmentStatus.COMPLETED);
        take(staff, activity, sessions.get(4));
        assertThat(statusOf(three)).isEqualTo(EnrolmentStatus.ENROLLED);

        // a second save replaces the marks of the first
        take(staff, activity, sessions.get(4), four);
        assertThat(store.marks(sessions.get(4))).containsEntry(four, true).containsEntry(three, false);
        take(staff, activity, sessions.get(4));
        assertThat(store.marks(sessions.get(4))).containsEntry(four, false).containsEntry(three, false);

        mvc.perform(get(sheet(activity, sessions.get(0))).with(user(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Fatou Person")))
                .andExpect(content().string(containsString("4 of 5 sessions (80 %)")))
                .andExpect(content().string(containsString("3 of 5 sessions (60 %)")));
    }

    @Test
    void withAPostTestAttendanceIsNotEnoughUntilThePostTestIsPassed() throws Exception {
        long activity = fixtures.activity(Modality.FACE_TO_FACE, 20, false, "en");
        OffsetDateTime now = OffsetDateTime.now();
        courses.ensure(activity, now);
        long question = questions.add(activity, new CoursePackage.Question("single", Map.of("en", "Is social dialogue tripartite?"),
                Map.of(), List.of(new CoursePackage.Option(true, Map.of("en", "Yes")), new CoursePackage.Option(false, Map.of("en", "No")))));
        List<Long> sessions = fiveSessions(activity);
        long learner = cohorts.enrol(activity, cohorts.learner("en", "Ines"));
        CampusUser staff = cohorts.user(fixtures.person(Role.STAFF));

        for (long session : sessions) {
            take(staff, activity, session, learner);
        }
        assertThat(statusOf(learner)).as("present every day, post-test not passed").isEqualTo(EnrolmentStatus.ENROLLED);

        long attempt = attempts.start(learner, TestKind.POST, 1, List.of(question), 7, now);
        attempts.submit(attempt, Map.of(question, Set.of(1)), Map.of(question, true), 100, now);
        take(staff, activity, sessions.get(0), learner);
        assertThat(statusOf(learner)).isEqualTo(EnrolmentStatus.COMPLETED);
    }

    @Test
    void aTutorMarksOnlyTheirOwnCohortAndOthersCannotOpenTheSheet() throws Exception {
        long activity = fixtures.activity(Modality.BLENDED, 20, false, "en");
        long mine = cohorts.cohort(activity, "Group 1", 1, 40);
        cohorts.cohort(activity, "Group 2", 2, 40);
        long tutor = cohorts.tutor(mine);
        long session = fiveSessions(activity).get(0);
        long inMine = cohorts.member(activity, cohorts.learner("en", "Mariam"));
        long inOther = cohorts.member(activity, cohorts.learner("en", "Oscar"));

        mvc.perform(get(sheet(activity, session)).with(user(cohorts.user(tutor)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mariam Person")))
                .andExpect(content().string(not(containsString("Oscar Person"))));
        take(cohorts.user(tutor), activity, session, inMine, inOther);
        assertThat(store.marks(session)).containsOnlyKeys(inMine);

        CampusUser stranger = cohorts.user(fixtures.person(Role.TUTOR));
        mvc.perform(get(sheet(activity, session)).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(post(sheet(activity, session)).with(user(stranger)).with(csrf())
                .param("present", String.valueOf(inOther))).andExpect(status().isNotFound());
        long elsewhere = fixtures.activity(Modality.FACE_TO_FACE, 20, false, "en");
        mvc.perform(get(sheet(elsewhere, session)).with(user(cohorts.user(fixtures.person(Role.STAFF)))))
                .andExpect(status().isNotFound());
        assertThat(store.marks(session)).containsOnlyKeys(inMine);
    }

    private List<Long> fiveSessions(long activity) {
        List<Long> ids = new ArrayList<>();
        LocalDate first = LocalDate.now().minusDays(10);
        for (int i = 0; i < 5; i++) {
            ids.add(attendance.addSession(activity, first.plusDays(i), "Day " + (i + 1)));
        }
        return ids;
    }

    private void take(CampusUser who, long activity, long session, long... present) throws Exception {
        var request = post(sheet(activity, session)).with(user(who)).with(csrf());
        for (long id : present) {
            request.param("present", String.valueOf(id));
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private static String sheet(long activity, long session) {
        return "/tutor/activities/" + activity + "/sessions/" + session + "/attendance";
    }

    private EnrolmentStatus statusOf(long enrolment) {
        return enrolments.find(enrolment).orElseThrow().status();
    }
}
