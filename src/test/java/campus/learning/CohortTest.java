package campus.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import campus.CampusTest;
import campus.Fixtures;
import campus.accounts.CampusUser;
import campus.learning.internal.CohortService;
import campus.learning.internal.CohortStore;
import campus.shared.Modality;
import campus.shared.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Cohorts of a tutored activity: automatic placement, staff moves, dates and tutors. */
@CampusTest
class CohortTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired CohortFixtures cohorts;
    @Autowired CohortStore store;
    @Autowired CohortService service;

    @Test
    void anEnrolledLearnerGoesToTheOpenCohortWithFewestMembers() {
        long activity = fixtures.activity(Modality.ONLINE_TUTORED, 50, false, "en");
        long ended = cohorts.cohort(activity, "Last year", -60, -1);
        long first = cohorts.cohort(activity, "Morning", 1, 40);
        long second = cohorts.cohort(activity, "Evening", 2, 40);

        long a = cohorts.enrol(activity, cohorts.learner("en", "Ana"));
        assertThat(cohorts.placedCohort(a)).as("a tie goes to the earliest cohort").isEqualTo(first);
        long b = cohorts.enrol(activity, cohorts.learner("en", "Ben"));
        assertThat(cohorts.placedCohort(b)).isEqualTo(second);
        long c = cohorts.enrol(activity, cohorts.learner("en", "Chloe"));
        assertThat(cohorts.placedCohort(c)).isEqualTo(first);

        assertThat(store.members(ended)).as("an ended cohort takes nobody, empty as it is").isEmpty();
        assertThat(store.members(first)).containsExactlyInAnyOrder(a, c);
    }

    @Test
    void aLearnerOfAnActivityWithoutOpenCohortIsPlacedNowhere() {
        long activity = fixtures.activity(Modality.ONLINE_TUTORED, 50, false, "en");
        cohorts.cohort(activity, "Over", -30, -2);
        long enrolment = cohorts.enrol(activity, cohorts.learner("en", "Dev"));
        assertThat(service.placeAutomatically(enrolment, activity)).isEmpty();
        assertThat(store.cohortOf(enrolment)).isEmpty();
        assertThat(service.unplaced(activity)).extracting(l -> l.enrolment().id()).containsExactly(enrolment);
    }

    @Test
    void staffMoveALearnerToAnotherCohortOfTheSameActivityOnly() throws Exception {
        long activity = fixtures.activity(Modality.ONLINE_TUTORED, 50, false, "en");
        long morning = cohorts.cohort(activity, "Morning", 1, 40);
        long evening = cohorts.cohort(activity, "Evening", 1, 40);
        long enrolment = cohorts.member(activity, cohorts.learner("en", "Eve"));
        assertThat(store.cohortOf(enrolment)).contains(morning);

        mvc.perform(post("/staff/activities/" + activity + "/cohorts/placements").with(user(staff())).with(csrf())
                        .param("enrolmentId", String.valueOf(enrolment)).param("cohortId", String.valueOf(evening))
                        .param("from", String.valueOf(morning)))
                .andExpect(redirectedUrl("/staff/activities/" + activity + "/cohorts/" + morning));
        assertThat(store.cohortOf(enrolment)).contains(evening);
        assertThat(service.placeAutomatically(enrolment, activity)).as("a placed learner stays where staff put them").isEmpty();

        long otherActivity = fixtures.activity(Modality.ONLINE_TUTORED, 50, false, "en");
        long elsewhere = cohorts.cohort(otherActivity, "Elsewhere", 1, 40);
        mvc.perform(post("/staff/activities/" + activity + "/cohorts/placements").with(user(staff())).with(csrf())
                        .param("enrolmentId", String.valueOf(enrolment)).param("cohortId", String.valueOf(elsewhere)))
                .andExpect(redirectedUrl("/staff/activities/" + activity + "/cohorts"));
        assertThat(store.cohortOf(enrolment)).contains(evening);
    }

    @Test
    void theLastDayCannotBeBeforeTheFirst() throws Exception {
        long activity = fixtures.activity(Modality.ONLINE_TUTORED, 50, false, "en");
        mvc.perform(post("/staff/activities/" + activity + "/cohorts").with(user(staff())).with(csrf())
                        .param("name", "Backwards").param("startsOn", "2030-05-10").param("endsOn", "2030-05-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"endsOn-error\"")))
                .andExpect(content().string(containsString("The last day cannot be before the first day.")));
        mvc.perform(post("/staff/activities/" + activity + "/cohorts").with(user(staff())).with(csrf())
                        .header("Accept-Language", "fr")
                        .param("name", "À rebours").param("startsOn", "2030-05-10").param("endsOn", "2030-05-01"))
                .andExpect(content().string(containsString("Le dernier jour ne peut pas précéder le premier.")));
        assertThat(store.ofActivity(activity)).isEmpty();

        String created = mvc.perform(post("/staff/activities/" + activity + "/cohorts").with(user(staff())).with(csrf())
                        .param("name", "One day").param("startsOn", "2030-05-10").param("endsOn", "2030-05-10"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(store.ofActivity(activity)).singleElement()
                .satisfies(c -> assertThat(c.endsOn()).isEqualTo(LocalDate.of(2030, 5, 10)));
        mvc.perform(get(created).with(user(staff()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"2030-05-10\"")));
    }

    @Test
    void tutorsAreAddedByTheEmailOfAPersonWithTheTutorRole() throws Exception {
        long activity = fixtures.activity(Modality.ONLINE_TUTORED, 50, false, "en");
        long cohort = cohorts.cohort(activity, "Morning", 1, 40);
        long tutor = fixtures.person(Role.TUTOR);
        long learner = fixtures.person(Role.LEARNER);
        String page = "/staff/activities/" + activity + "/cohorts/" + cohort;

        mvc.perform(post(page + "/tutors").with(user(staff())).with(csrf()).param("email", cohorts.email(learner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No person with the tutor role uses this email address.")));
        mvc.perform(post(page + "/tutors").with(user(staff())).with(csrf()).param("email", " " + cohorts.email(tutor).toUpperCase()))
                .andExpect(redirectedUrl(page));
        assertThat(store.tutors(cohort)).containsExactly(tutor);
        mvc.perform(get(page).with(user(staff()))).andExpect(content().string(containsString(cohorts.email(tutor))))
                .andExpect(content().string(not(containsString(cohorts.email(learner)))));

        mvc.perform(post(page + "/tutors/" + tutor + "/remove").with(user(staff())).with(csrf())).andExpect(redirectedUrl(page));
        assertThat(store.tutors(cohort)).isEmpty();
    }

    private CampusUser staff() {
        return cohorts.user(fixtures.person(Role.STAFF));
    }
}
