package campus.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import campus.CampusTest;
import campus.Fixtures;
import campus.enrolment.EnrolmentApi;
import campus.enrolment.EnrolmentStatus;
import campus.learning.internal.AttemptStore;
import campus.learning.internal.CohortService;
import campus.learning.internal.CourseStore;
import campus.learning.internal.ProgressStore;
import campus.learning.internal.TestKind;
import campus.shared.Modality;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A tutor follows their own cohort's learners and completes them; other cohorts stay out of reach. */
@CampusTest
class TutorTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired CohortFixtures cohorts;
    @Autowired CohortService cohortService;
    @Autowired EnrolmentApi enrolments;
    @Autowired CourseStore courses;
    @Autowired ProgressStore progress;
    @Autowired AttemptStore attempts;

    long activity;
    long cohortA;
    long cohortB;
    long tutorA;
    long tutorB;
    long inA;
    long inB;

    @BeforeEach
    void twoCohortsWithATutorAndALearnerEach() {
        activity = fixtures.activity(Modality.ONLINE_TUTORED, 50, false, "en");
        cohortA = cohorts.cohort(activity, "Cohort Alpha", 1, 40);
        cohortB = cohorts.cohort(activity, "Cohort Beta", 2, 40);
        tutorA = cohorts.tutor(cohortA);
        tutorB = cohorts.tutor(cohortB);
        inA = cohorts.member(activity, cohorts.learner("en", "Amina"));
        inB = cohorts.member(activity, cohorts.learner("en", "Bruno"));
    }

    @Test
    void theTutorSeesProgressAndScoresOfTheirCohort() throws Exception {
        OffsetDateTime now = OffsetDateTime.now();
        courses.ensure(activity, now);
        long module = courses.addModule(activity, Map.of("en", "Basics"));
        long lesson = courses.addLesson(module, true);
        courses.addLesson(module, true);
        progress.markDone(inA, lesson, now);
        attempts.submit(attempts.start(inA, TestKind.PRE, 1, List.of(), 1, now), Map.of(), Map.of(), 40, now);
        attempts.submit(attempts.start(inA, TestKind.POST, 1, List.of(), 2, now), Map.of(), Map.of(), 85, now);
        attempts.submit(attempts.start(inA, TestKind.POST, 2, List.of(), 3, now), Map.of(), Map.of(), 60, now);
        attempts.start(inA, TestKind.POST, 3, List.of(), 4, now); // started, never submitted: not a score

        mvc.perform(get("/tutor").with(user(cohorts.user(tutorA)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Cohort Alpha")))
                .andExpect(content().string(not(containsString("Cohort Beta"))));
        mvc.perform(get("/tutor/cohorts/" + cohortA).with(user(cohorts.user(tutorA)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Amina Person")))
                .andExpect(content().string(not(containsString("Bruno"))))
                .andExpect(content().string(containsString("1 of 2")))
                .andExpect(content().string(containsString("40 %")))
                .andExpect(content().string(containsString("85 %")))
                .andExpect(content().string(containsString("Mark as completed")));
    }

    @Test
    void theTutorMarksCompletion() throws Exception {
        mvc.perform(post("/tutor/cohorts/" + cohortA + "/completions").with(user(cohorts.user(tutorA))).with(csrf())
                        .param("enrolmentId", String.valueOf(inA)))
                .andExpect(redirectedUrl("/tutor/cohorts/" + cohortA))
                .andExpect(flash().attribute("notice", "Completion recorded."));
        assertThat(enrolments.find(inA).orElseThrow().status()).isEqualTo(EnrolmentStatus.COMPLETED);
    }

    @Test
    void aTutorOfAnotherCohortIsRefused() throws Exception {
        mvc.perform(get("/tutor/cohorts/" + cohortB).with(user(cohorts.user(tutorA)))).andExpect(status().isNotFound());
        mvc.perform(post("/tutor/cohorts/" + cohortB + "/completions").with(user(cohorts.user(tutorA))).with(csrf())
                .param("enrolmentId", String.valueOf(inB))).andExpect(status().isNotFound());
        assertThat(enrolments.find(inB).orElseThrow().status()).isEqualTo(EnrolmentStatus.ENROLLED);
    }

    @Test
    void aForgedEnrolmentOfAnotherCohortIsRefused() throws Exception {
        mvc.perform(post("/tutor/cohorts/" + cohortA + "/completions").with(user(cohorts.user(tutorA))).with(csrf())
                .param("enrolmentId", String.valueOf(inB))).andExpect(status().isNotFound());
        assertThat(enrolments.find(inB).orElseThrow().status()).isEqualTo(EnrolmentStatus.ENROLLED);
    }

    @Test
    void onlyAnEnrolledLearnerCanBeCompleted() throws Exception {
        long person = enrolments.find(inA).orElseThrow().personId();
        enrolments.withdraw(inA, person);
        mvc.perform(post("/tutor/cohorts/" + cohortA + "/completions").with(user(cohorts.user(tutorA))).with(csrf())
                        .param("enrolmentId", String.valueOf(inA)))
                .andExpect(redirectedUrl("/tutor/cohorts/" + cohortA))
                .andExpect(flash().attribute("problem", "Only an enrolled learner can complete this activity."));
        assertThat(enrolments.find(inA).orElseThrow().status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
    }

    @Test
    void aTutorMayStillCompleteAfterTheCohortClosed() throws Exception {
        var today = java.time.LocalDate.now();
        cohortService.update(cohortA, "Cohort Alpha", today.minusDays(60), today.minusDays(1));
        mvc.perform(get("/tutor/cohorts/" + cohortA).with(user(cohorts.user(tutorA))))
                .andExpect(content().string(containsString("This cohort has closed; you can still record completion.")));
        mvc.perform(post("/tutor/cohorts/" + cohortA + "/completions").with(user(cohorts.user(tutorA))).with(csrf())
                .param("enrolmentId", String.valueOf(inA))).andExpect(status().is3xxRedirection());
        assertThat(enrolments.find(inA).orElseThrow().status()).isEqualTo(EnrolmentStatus.COMPLETED);
    }
}
