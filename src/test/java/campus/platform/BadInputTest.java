package campus.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import campus.CampusTest;
import campus.Fixtures;
import campus.accounts.CampusUser;
import campus.shared.Modality;
import campus.shared.Role;
import java.time.LocalDate;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Bad input gets a message in the user's language on the field to fix, and nothing is half-saved. */
@CampusTest
class BadInputTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;

    @Test
    void registrationErrorsAreOnTheFieldsInFrenchAndNothingIsSaved() throws Exception {
        String email = Fixtures.unique("bad") + "@example.org";
        mvc.perform(post("/register").with(csrf()).header("Accept-Language", "fr")
                        .param("email", email).param("password", "short").param("givenName", "")
                        .param("familyName", "Diallo").param("gender", "female").param("birthYear", "1850")
                        .param("country", "ZZ").param("constituent", "workers").param("preferredLanguage", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"password-error\"")))
                .andExpect(content().string(containsString("id=\"givenName-error\"")))
                .andExpect(content().string(containsString("id=\"birthYear-error\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("Remplissez ce champ")));
        assertThat(db.fetchExists(org.campus.db.Tables.PERSON, org.campus.db.Tables.PERSON.EMAIL.eq(email))).isFalse();
    }

    @Test
    void unknownCountryIsReportedOnTheCountryField() throws Exception {
        String email = Fixtures.unique("country") + "@example.org";
        mvc.perform(post("/register").with(csrf()).header("Accept-Language", "es")
                        .param("email", email).param("password", "a-long-enough-password").param("givenName", "Lucía")
                        .param("familyName", "Gómez").param("gender", "female").param("country", "ZZ")
                        .param("constituent", "government").param("preferredLanguage", "es"))
                .andExpect(content().string(containsString("id=\"country-error\"")));
        assertThat(db.fetchExists(org.campus.db.Tables.PERSON, org.campus.db.Tables.PERSON.EMAIL.eq(email))).isFalse();
    }

    @Test
    void activityFormReportsTheFieldThatBreaksARule() throws Exception {
        CampusUser staff = staff();
        String code = Fixtures.unique("BAD");
        mvc.perform(activityForm(staff, code).param("modality", "FACE_TO_FACE").param("venue", ""))
                .andExpect(content().string(containsString("id=\"venue-error\"")));
        mvc.perform(activityForm(staff, code).param("modality", "ONLINE_TUTORED")
                        .param("endDate", LocalDate.now().minusYears(1).toString()))
                .andExpect(content().string(containsString("id=\"endDate-error\"")));
        mvc.perform(post("/staff/activities").with(user(staff)).with(csrf()).param("code", code)
                        .param("kind", "TRAINING").param("technicalArea", "SOCIAL_PROTECTION").param("defaultLanguage", "en")
                        .param("titleEn", "Title").param("modality", "ONLINE_TUTORED").param("startDate", "next tuesday"))
                .andExpect(content().string(containsString("id=\"startDate-error\"")))
                .andExpect(content().string(containsString("YYYY-MM-DD")));
        mvc.perform(activityForm(staff, "bad code with spaces").param("modality", "SELF_GUIDED"))
                .andExpect(content().string(containsString("id=\"code-error\"")));
        assertThat(db.fetchExists(org.campus.db.Tables.ACTIVITY, org.campus.db.Tables.ACTIVITY.CODE.eq(code))).isFalse();
    }

    @Test
    void apiProblemsNameTheFieldInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/activities").param("page", "two").header("Accept-Language", "fr"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        long learner = fixtures.person();
        String token = fixtures.apiToken(learner);
        long started = fixtures.activity(Modality.ONLINE_TUTORED, 5, false, "en", LocalDate.now().minusDays(2));
        mvc.perform(post("/api/activities/" + started + "/enrolments").header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "es"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("activity"))
                .andExpect(jsonPath("$.detail").value(containsString("no está abierta")));
        mvc.perform(post("/api/activities/999999999/enrolments").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
    }

    @Test
    void apiJourneyEnrolListWithdraw() throws Exception {
        long learner = fixtures.person();
        String token = "Bearer " + fixtures.apiToken(learner);
        long activity = fixtures.activity(Modality.SELF_GUIDED, null, false, "en", LocalDate.now());
        String body = mvc.perform(post("/api/activities/" + activity + "/enrolments").header("Authorization", token))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("enrolled"))
                .andReturn().getResponse().getContentAsString();
        long enrolment = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(get("/api/me/enrolments").header("Authorization", token))
                .andExpect(jsonPath("$[0].activityId").value(activity));
        mvc.perform(post("/api/me/enrolments/" + enrolment + "/withdraw").header("Authorization", token))
                .andExpect(jsonPath("$.status").value("withdrawn"));
        mvc.perform(post("/api/me/enrolments/" + enrolment + "/withdraw").header("Authorization", token))
                .andExpect(status().isConflict());
    }

    @Test
    void openApiDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/activities']").exists())
                .andExpect(jsonPath("$.paths['/api/me/enrolments']").exists());
    }

    private MockHttpServletRequestBuilder activityForm(CampusUser staff, String code) {
        return post("/staff/activities").with(user(staff)).with(csrf())
                .param("code", code).param("kind", "TRAINING").param("technicalArea", "SOCIAL_PROTECTION")
                .param("defaultLanguage", "en").param("startDate", LocalDate.now().plusMonths(1).toString())
                .param("titleEn", "Title");
    }

    private CampusUser staff() {
        long id = fixtures.person(Role.STAFF);
        return new CampusUser(id, "s" + id + "@test.example", null, "Staff", "en", Set.of(Role.STAFF), true, false);
    }
}
