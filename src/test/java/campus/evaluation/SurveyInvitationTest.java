package campus.evaluation;

import static campus.evaluation.SurveyFixtures.recipient;
import static campus.evaluation.SurveyFixtures.subject;
import static campus.evaluation.SurveyFixtures.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.campus.db.Tables.MAIL_OUTBOX;
import static org.campus.db.Tables.RESULTS_FOLLOWUP;
import static org.campus.db.Tables.RESULTS_SATISFACTION;
import static org.campus.db.Tables.SURVEY_ANSWER;
import static org.campus.db.Tables.SURVEY_INVITATION;
import static org.campus.db.Tables.SURVEY_RESPONSE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import campus.CampusTest;
import campus.enrolment.EnrolmentApi;
import campus.evaluation.internal.SurveyScheduler;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Survey invitations and reminders go out through real SMTP (GreenMail) exactly once each, at the
 * times the rules say (the scheduler is run by hand with the time of each step; its own timer is
 * off), and each personal link works until it is used or expires.
 */
@CampusTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "campus.mail.poll-interval=PT0.2S", "campus.evaluation.initial-delay=PT24H"})
class SurveyInvitationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired MockMvc mvc;
    @Autowired SurveyFixtures surveys;
    @Autowired SurveyScheduler scheduler;
    @Autowired EnrolmentApi enrolments;
    @Autowired DSLContext db;

    @Test
    void theSatisfactionInvitationGoesOutOnceAndItsLinkWorksOnce() throws Exception {
        var done = surveys.complete(surveys.selfGuidedActivity(), "en");
        OffsetDateTime now = noonOf(completedOn(done));

        assertThat(scheduler.run(now)).isGreaterThanOrEqualTo(1);
        scheduler.run(now);
        scheduler.run(now.plusMinutes(5));
        List<MimeMessage> mails = mailsTo(done.email());
        assertThat(mails).hasSize(1);
        assertThat(subject(mails.get(0))).startsWith("How was");
        String link = "/surveys/" + token(mails.get(0));

        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Overall, how satisfied are you with this activity?")));

        // out of range, and the required item missing: the form comes back, nothing is stored
        mvc.perform(post(link).with(csrf()).param("overall", "7").param("relevance", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a value from 1 to 5.")));
        mvc.perform(post(link).with(csrf()).param("relevance", "4"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Choose an answer.")));
        assertThat(db.fetchCount(SURVEY_RESPONSE, SURVEY_RESPONSE.ENROLMENT_ID.eq(done.enrolmentId()))).isZero();

        mvc.perform(post(link).with(csrf()).param("overall", "4").param("relevance", "5").param("facilitation", "")
                        .param("comments", "  More case studies, please.  "))
                .andExpect(redirectedUrl("/surveys/thanks"));
        var response = db.selectFrom(SURVEY_RESPONSE).where(SURVEY_RESPONSE.ENROLMENT_ID.eq(done.enrolmentId())).fetchOne();
        assertThat(db.select(SURVEY_ANSWER.ITEM, SURVEY_ANSWER.NUMBER_VALUE, SURVEY_ANSWER.TEXT_VALUE).from(SURVEY_ANSWER)
                .where(SURVEY_ANSWER.RESPONSE_ID.eq(response.getId())).orderBy(SURVEY_ANSWER.ITEM).fetch()
                .map(r -> r.value1() + "=" + (r.value2() != null ? r.value2() : r.value3())))
                .containsExactly("comments=More case studies, please.", "overall=4", "relevance=5");

        // the link has been used: it says so, and a replayed answer changes nothing
        mvc.perform(get(link)).andExpect(status().isGone())
                .andExpect(content().string(containsString("This survey has been answered")));
        mvc.perform(post(link).with(csrf()).param("overall", "1")).andExpect(status().isGone());
        assertThat(db.fetchCount(SURVEY_RESPONSE, SURVEY_RESPONSE.ENROLMENT_ID.eq(done.enrolmentId()))).isEqualTo(1);
        assertThat(db.fetchCount(SURVEY_ANSWER, SURVEY_ANSWER.RESPONSE_ID.eq(response.getId())
                .and(SURVEY_ANSWER.ITEM.eq("overall")).and(SURVEY_ANSWER.NUMBER_VALUE.eq(4)))).isEqualTo(1);

        // the results report counts the rating
        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchExists(RESULTS_SATISFACTION,
                RESULTS_SATISFACTION.ENROLMENT_ID.eq("campus:enrolment:" + done.enrolmentId())
                        .and(RESULTS_SATISFACTION.OVERALL.eq(4))));
    }

    @Test
    void theFollowUpGoesOutAfterSixMonthsWithTwoRemindersAtTwoWeekIntervals() throws Exception {
        var done = surveys.complete(surveys.selfGuidedActivity(), "fr");
        LocalDate completed = completedOn(done);
        OffsetDateTime due = noonOf(completed.plusMonths(6));

        scheduler.run(noonOf(completed)); // the satisfaction invitation
        scheduler.run(due.minusDays(1));
        assertThat(followUps(done.email())).isEmpty();

        scheduler.run(due);
        scheduler.run(due.plusHours(1));
        List<MimeMessage> invitation = followUps(done.email());
        assertThat(invitation).hasSize(1);
        assertThat(subject(invitation.get(0))).startsWith("Appliquez-vous ce que vous avez appris");
        assertThat(SurveyFixtures.text(invitation.get(0))).contains("Il y a 6 mois");

        scheduler.run(due.plusDays(14).minusMinutes(1));
        assertThat(followUps(done.email())).hasSize(1);
        scheduler.run(due.plusDays(14));
        scheduler.run(due.plusDays(14).plusHours(2));
        assertThat(followUps(done.email())).hasSize(2);
        assertThat(subject(followUps(done.email()).get(1))).startsWith("Rappel");
        scheduler.run(due.plusDays(28));
        scheduler.run(due.plusDays(42));
        scheduler.run(due.plusDays(59));
        List<MimeMessage> all = followUps(done.email());
        assertThat(all).hasSize(3); // the invitation and two reminders, never a third
        assertThat(all.stream().map(SurveyFixtures::token).distinct()).hasSize(3);

        // the first mail's link still works after the reminders; answering closes every link
        String first = "/surveys/" + token(all.get(0));
        mvc.perform(get(first).param("lang", "fr")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Pouvez-vous appliquer")));
        mvc.perform(post(first).with(csrf()).param("can_apply", "maybe")).andExpect(status().isBadRequest());
        mvc.perform(post(first).with(csrf()).param("can_apply", "yes")
                .param("example", "I drafted our union's bargaining agenda with the checklist from module 2."))
                .andExpect(redirectedUrl("/surveys/thanks"));
        mvc.perform(get("/surveys/" + token(all.get(2)))).andExpect(status().isGone());
        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchExists(RESULTS_FOLLOWUP,
                RESULTS_FOLLOWUP.ENROLMENT_ID.eq("campus:enrolment:" + done.enrolmentId())
                        .and(RESULTS_FOLLOWUP.CAN_APPLY.isTrue()).and(RESULTS_FOLLOWUP.EXAMPLE_GIVEN.isTrue())));
    }

    @Test
    void aRunAfterDowntimeCatchesUpAndRemindersCountFromTheInvitation() {
        var done = surveys.complete(surveys.selfGuidedActivity(), "en");
        OffsetDateTime due = noonOf(completedOn(done).plusMonths(6));
        // the platform was down from before the due date until 20 days after it
        scheduler.run(due.plusDays(20));
        assertThat(followUps(done.email())).hasSize(1);
        scheduler.run(due.plusDays(33));
        assertThat(followUps(done.email())).hasSize(1);
        scheduler.run(due.plusDays(34));
        assertThat(followUps(done.email())).hasSize(2);
    }

    @Test
    void anExpiredLinkSaysSoAndStoresNothing() throws Exception {
        var done = surveys.complete(surveys.selfGuidedActivity(), "es");
        scheduler.run(noonOf(completedOn(done)));
        String link = "/surveys/" + token(mailsTo(done.email()).get(0));
        OffsetDateTime expires = db.select(SURVEY_INVITATION.EXPIRES_AT).from(SURVEY_INVITATION)
                .where(SURVEY_INVITATION.ENROLMENT_ID.eq(done.enrolmentId())).and(SURVEY_INVITATION.SURVEY.eq("satisfaction"))
                .fetchOne(SURVEY_INVITATION.EXPIRES_AT);
        assertThat(expires.toLocalDate()).isEqualTo(completedOn(done).plusDays(60));

        // as if the 60 days had passed
        db.update(SURVEY_INVITATION).set(SURVEY_INVITATION.EXPIRES_AT, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
                .where(SURVEY_INVITATION.ENROLMENT_ID.eq(done.enrolmentId())).execute();
        mvc.perform(get(link).param("lang", "es")).andExpect(status().isGone())
                .andExpect(content().string(containsString("Este enlace ha caducado")));
        mvc.perform(post(link).with(csrf()).param("overall", "5")).andExpect(status().isGone());
        assertThat(db.fetchCount(SURVEY_RESPONSE, SURVEY_RESPONSE.ENROLMENT_ID.eq(done.enrolmentId()))).isZero();
    }

    @Test
    void forgedAndMangledLinksAreNotFoundAndStoreNothing() throws Exception {
        String forged = "/surveys/" + "A".repeat(43);
        mvc.perform(get(forged)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This link is not valid")));
        mvc.perform(post(forged).with(csrf()).param("overall", "5")).andExpect(status().isNotFound());
        mvc.perform(get("/surveys/short")).andExpect(status().isNotFound());
        mvc.perform(get("/surveys/" + "x".repeat(44))).andExpect(status().isNotFound());
        // a real token with one character changed
        var done = surveys.complete(surveys.selfGuidedActivity(), "en");
        scheduler.run(noonOf(completedOn(done)));
        String token = token(mailsTo(done.email()).get(0));
        String altered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
        mvc.perform(post("/surveys/" + altered).with(csrf()).param("overall", "5")).andExpect(status().isNotFound());
        assertThat(db.fetchCount(SURVEY_RESPONSE, SURVEY_RESPONSE.ENROLMENT_ID.eq(done.enrolmentId()))).isZero();
    }

    @Test
    void twoInstancesRunningAtOnceSendEachInvitationOnce() throws Exception {
        long activity = surveys.selfGuidedActivity();
        List<SurveyFixtures.Completed> learners = List.of(surveys.complete(activity, "en"), surveys.complete(activity, "en"),
                surveys.complete(activity, "en"), surveys.complete(activity, "en"));
        OffsetDateTime now = noonOf(completedOn(learners.get(0)));
        var pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Integer> run = () -> scheduler.run(now);
            for (var f : pool.invokeAll(List.of(run, run, run, run))) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        for (var learner : learners) {
            assertThat(mailsTo(learner.email())).hasSize(1);
        }
    }

    @Test
    void aLearnerWhoRatedOnThePlatformIsNotMailedAnInvitation() throws Exception {
        var done = surveys.complete(surveys.selfGuidedActivity(), "en");
        String page = "/evaluation/enrolments/" + done.enrolmentId() + "/satisfaction";
        var learner = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(surveys.user(done.personId()));
        mvc.perform(get("/my-learning").with(learner)).andExpect(content().string(containsString(page)));
        mvc.perform(get(page).with(learner)).andExpect(status().isOk());
        mvc.perform(post(page).with(learner).with(csrf()).param("overall", "5")).andExpect(redirectedUrl("/my-learning"));
        mvc.perform(get("/my-learning").with(learner)).andExpect(content().string(not(containsString(page))))
                .andExpect(content().string(containsString("Thank you for your feedback.")));
        mvc.perform(post(page).with(learner).with(csrf()).param("overall", "1")).andExpect(redirectedUrl("/my-learning"));
        assertThat(db.fetchCount(SURVEY_ANSWER, SURVEY_ANSWER.ITEM.eq("overall").and(SURVEY_ANSWER.NUMBER_VALUE.eq(1))
                .and(SURVEY_ANSWER.RESPONSE_ID.in(db.select(SURVEY_RESPONSE.ID).from(SURVEY_RESPONSE)
                        .where(SURVEY_RESPONSE.ENROLMENT_ID.eq(done.enrolmentId())))))).isZero();

        scheduler.run(noonOf(completedOn(done)));
        assertThat(mailsTo(done.email())).isEmpty();

        // someone else's enrolment, and one not completed, do not exist for this learner
        var other = surveys.complete(done.activityId(), "en");
        mvc.perform(get("/evaluation/enrolments/" + other.enrolmentId() + "/satisfaction").with(learner))
                .andExpect(status().isNotFound());
    }

    private LocalDate completedOn(SurveyFixtures.Completed done) {
        return enrolments.find(done.enrolmentId()).orElseThrow().completedOn();
    }

    private static OffsetDateTime noonOf(LocalDate day) {
        return day.atTime(12, 0).atOffset(ZoneOffset.UTC);
    }

    private List<MimeMessage> followUps(String email) {
        return mailsTo(email).stream().filter(m -> !subject(m).startsWith("How was") && !subject(m).startsWith("Qu'avez")
                && !subject(m).startsWith("¿Qué le")).toList();
    }

    /** Every mail queued for the address, once the outbox has sent them all. */
    private List<MimeMessage> mailsTo(String email) {
        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchCount(MAIL_OUTBOX,
                MAIL_OUTBOX.RECIPIENT.eq(email).and(MAIL_OUTBOX.SENT_AT.isNull())) == 0);
        int queued = db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(email));
        await().atMost(Duration.ofSeconds(10)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equals(email)).count() >= queued);
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(email)).toList();
    }
}
