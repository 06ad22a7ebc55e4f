package campus.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campus.db.Tables.SURVEY_ANSWER;
import static org.campus.db.Tables.SURVEY_INVITATION;
import static org.campus.db.Tables.SURVEY_ITEM;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import campus.CampusTest;
import campus.Fixtures;
import campus.enrolment.EnrolmentApi;
import campus.shared.Role;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Staff add items to an activity's surveys and set when the follow-up goes out; bad input is named. */
@CampusTest
@TestPropertySource(properties = "campus.evaluation.initial-delay=PT24H")
class SurveyDesignTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SurveyFixtures surveys;
    @Autowired EnrolmentApi enrolments;
    @Autowired DSLContext db;

    @Test
    void anItemStaffAddIsAskedInEveryLanguageItHasAndItsAnswerStored() throws Exception {
        long activity = surveys.selfGuidedActivity();
        String page = "/staff/activities/" + activity + "/evaluation";
        mvc.perform(post(page + "/items").with(staff()).with(csrf()).param("survey", "satisfaction").param("kind", "scale")
                        .param("labelEn", "Usefulness of the <b>group work</b>").param("labelFr", "Utilité du travail de groupe"))
                .andExpect(redirectedUrl(page));
        long item = db.select(SURVEY_ITEM.ID).from(SURVEY_ITEM).where(SURVEY_ITEM.ACTIVITY_ID.eq(activity)).fetchOne(SURVEY_ITEM.ID);
        mvc.perform(get(page).with(staff())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Usefulness of the &lt;b&gt;group work&lt;/b&gt;")));

        var done = surveys.complete(activity, "fr");
        String form = "/evaluation/enrolments/" + done.enrolmentId() + "/satisfaction";
        RequestPostProcessor learner = user(surveys.user(done.personId()));
        mvc.perform(get(form).with(learner).param("lang", "fr"))
                .andExpect(content().string(containsString("Utilité du travail de groupe")));
        // Spanish has no wording of its own: English stands in
        mvc.perform(get(form).with(learner).param("lang", "es"))
                .andExpect(content().string(containsString("Usefulness of the &lt;b&gt;group work&lt;/b&gt;")));
        mvc.perform(post(form).with(learner).with(csrf()).param("overall", "4").param("item:" + item, "9"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(form).with(learner).with(csrf()).param("overall", "4").param("item:" + item, "2"))
                .andExpect(redirectedUrl("/my-learning"));
        assertThat(db.select(SURVEY_ANSWER.NUMBER_VALUE).from(SURVEY_ANSWER).where(SURVEY_ANSWER.ITEM.eq("item:" + item))
                .fetch(SURVEY_ANSWER.NUMBER_VALUE)).containsExactly(2);

        // an answered item stays, so that its answers keep their question
        mvc.perform(post(page + "/items/" + item + "/delete").with(staff()).with(csrf())).andExpect(redirectedUrl(page));
        assertThat(db.fetchExists(SURVEY_ITEM, SURVEY_ITEM.ID.eq(item))).isTrue();
        // another activity's page cannot reach it
        long other = surveys.selfGuidedActivity();
        mvc.perform(post("/staff/activities/" + other + "/evaluation/items/" + item + "/delete").with(staff()).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void badInputIsNamedOnItsFieldAndChangesNothing() throws Exception {
        long activity = surveys.selfGuidedActivity();
        String page = "/staff/activities/" + activity + "/evaluation";
        for (String months : new String[] {"0", "37", "six", ""}) {
            mvc.perform(post(page + "/followup").with(staff()).with(csrf()).param("followupMonths", months))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("Enter a number of months from 1 to 36.")));
        }
        mvc.perform(post(page + "/items").with(staff()).with(csrf()).param("survey", "satisfaction").param("kind", "scale"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Write the item in at least one language.")));
        mvc.perform(post(page + "/items").with(staff()).with(csrf()).param("survey", "exit").param("kind", "scale")
                        .param("labelEn", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose the survey the item belongs to.")));
        mvc.perform(post(page + "/items").with(staff()).with(csrf()).param("survey", "followup").param("kind", "stars")
                        .param("labelEn", "x").header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choisissez le mode de réponse de la question.")));
        mvc.perform(post(page + "/items").with(staff()).with(csrf()).param("survey", "followup").param("kind", "text")
                        .param("labelEs", "x".repeat(301)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Shorten the label to 300 characters.")));
        assertThat(db.fetchCount(SURVEY_ITEM, SURVEY_ITEM.ACTIVITY_ID.eq(activity))).isZero();
        mvc.perform(get("/staff/activities/999999999/evaluation").with(staff())).andExpect(status().isNotFound());
    }

    @Test
    void changingTheMonthsMovesFollowUpsNotYetSent() throws Exception {
        long activity = surveys.selfGuidedActivity();
        var done = surveys.complete(activity, "en");
        LocalDate completed = enrolments.find(done.enrolmentId()).orElseThrow().completedOn();
        mvc.perform(post("/staff/activities/" + activity + "/evaluation/followup").with(staff()).with(csrf())
                .param("followupMonths", "3")).andExpect(redirectedUrl("/staff/activities/" + activity + "/evaluation"));
        assertThat(db.select(SURVEY_INVITATION.DUE_ON).from(SURVEY_INVITATION)
                .where(SURVEY_INVITATION.ENROLMENT_ID.eq(done.enrolmentId())).and(SURVEY_INVITATION.SURVEY.eq("followup"))
                .fetchOne(SURVEY_INVITATION.DUE_ON)).isEqualTo(completed.plusMonths(3));
        // later completions are planned with the new setting
        var later = surveys.complete(activity, "en");
        assertThat(db.select(SURVEY_INVITATION.DUE_ON).from(SURVEY_INVITATION)
                .where(SURVEY_INVITATION.ENROLMENT_ID.eq(later.enrolmentId())).and(SURVEY_INVITATION.SURVEY.eq("followup"))
                .fetchOne(SURVEY_INVITATION.DUE_ON)).isEqualTo(completed.plusMonths(3));
    }

    @Test
    void learnersAndTutorsCannotDesignSurveys() throws Exception {
        long activity = surveys.selfGuidedActivity();
        for (Role role : new Role[] {Role.LEARNER, Role.TUTOR}) {
            RequestPostProcessor someone = user(surveys.user(fixtures.person(role)));
            mvc.perform(get("/staff/activities/" + activity + "/evaluation").with(someone)).andExpect(status().isForbidden());
            mvc.perform(post("/staff/activities/" + activity + "/evaluation/items").with(someone).with(csrf())
                    .param("survey", "satisfaction").param("kind", "scale").param("labelEn", "x"))
                    .andExpect(status().isForbidden());
        }
        assertThat(db.fetchCount(SURVEY_ITEM, SURVEY_ITEM.ACTIVITY_ID.eq(activity))).isZero();
    }

    private RequestPostProcessor staff() {
        return user(surveys.user(fixtures.person(Role.STAFF)));
    }
}
