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
import campus.learning.internal.BoardStore;
import campus.learning.internal.BoardThread;
import campus.learning.internal.CohortService;
import campus.shared.Modality;
import campus.shared.Role;
import java.util.List;
import org.campus.db.tables.records.MailOutboxRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A cohort's board: posting, replying, announcing, the mail they cause, closing, outsiders and hostile text. */
@CampusTest
class BoardTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired CohortFixtures cohorts;
    @Autowired CohortService cohortService;
    @Autowired BoardStore board;

    long activity;
    long cohort;
    long tutor;
    long amina;
    long lucia;

    @BeforeEach
    void cohortWithTutorAndTwoLearners() {
        activity = fixtures.activity(Modality.ONLINE_TUTORED, 50, false, "en");
        cohort = cohorts.cohort(activity, "Social dialogue 2030", 1, 40);
        tutor = cohorts.tutor(cohort);
        amina = cohorts.learner("en", "Amina");
        lucia = cohorts.learner("fr", "Lucia");
        cohorts.member(activity, amina);
        cohorts.member(activity, lucia);
    }

    @Test
    void aReplyMailsTheThreadsAuthorOnceAndNeverTheReplier() throws Exception {
        long thread = postThread(amina, "Question on module 2", "Which convention applies?", false);
        assertThat(cohorts.mailsTo(amina)).isEmpty();

        reply(tutor, thread, "Convention 144.").andExpect(status().is3xxRedirection());
        List<MailOutboxRecord> mails = cohorts.mailsTo(amina);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains("Question on module 2");
        assertThat(mails.get(0).getBody()).contains("Convention 144.")
                .contains("/learning/cohorts/" + cohort + "/threads/" + thread);

        reply(amina, thread, "Thank you!").andExpect(status().is3xxRedirection());
        assertThat(cohorts.mailsTo(amina)).as("no mail for one's own reply").hasSize(1);
        assertThat(cohorts.mailsTo(tutor)).isEmpty();
        assertThat(cohorts.mailsTo(lucia)).isEmpty();

        mvc.perform(get("/learning/cohorts/" + cohort + "/threads/" + thread).with(user(cohorts.user(lucia))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Convention 144.")))
                .andExpect(content().string(containsString("Thank you!")));
    }

    @Test
    void anAnnouncementIsShownFirstAndMailedToEveryMemberInTheirLanguage() throws Exception {
        postThread(amina, "Earlier question", "Hello all", false);
        long announcement = postThread(tutor, "Live session on Monday", "Join at 10:00.", true);

        assertThat(cohorts.mailsTo(amina)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Social dialogue 2030: Live session on Monday");
            assertThat(m.getBody()).startsWith("Hello Amina,").contains("Join at 10:00.")
                    .contains("/learning/cohorts/" + cohort + "/threads/" + announcement);
        });
        assertThat(cohorts.mailsTo(lucia)).singleElement()
                .satisfies(m -> assertThat(m.getBody()).startsWith("Bonjour Lucia,").contains("a publié une annonce"));
        assertThat(cohorts.mailsTo(tutor)).isEmpty();

        List<BoardThread> threads = board.threads(cohort);
        assertThat(threads.get(0).id()).isEqualTo(announcement);
        assertThat(threads.get(0).announcement()).isTrue();
        mvc.perform(get("/learning/cohorts/" + cohort).with(user(cohorts.user(amina))))
                .andExpect(content().string(containsString("Announcement")))
                .andExpect(content().string(not(containsString("Post as an announcement"))));
    }

    @Test
    void aLearnerCannotAnnounce() throws Exception {
        long thread = postThread(amina, "Read this", "Everyone!", true);
        assertThat(board.thread(thread).orElseThrow().announcement()).isFalse();
        assertThat(cohorts.mailsTo(lucia)).isEmpty();
    }

    @Test
    void postingAfterTheCohortClosedIsRefused() throws Exception {
        long closed = cohorts.cohort(activity, "Last year", -60, -1);
        long person = cohorts.learner("en", "Kwame");
        long enrolment = cohorts.member(activity, person);
        cohortService.move(activity, enrolment, closed);
        CampusUser kwame = cohorts.user(person);

        mvc.perform(get("/learning/cohorts/" + closed).with(user(kwame))).andExpect(status().isOk())
                .andExpect(content().string(containsString("This cohort has closed")))
                .andExpect(content().string(not(containsString("Start a thread"))));
        mvc.perform(post("/learning/cohorts/" + closed + "/threads").with(user(kwame)).with(csrf())
                        .param("title", "Late").param("body", "Am I too late?"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This cohort ended on")))
                .andExpect(content().string(containsString("Am I too late?")));
        assertThat(board.threads(closed)).isEmpty();
    }

    @Test
    void outsidersAreToldTheCohortDoesNotExist() throws Exception {
        long thread = postThread(amina, "Private", "Only for us", false);
        long otherTutor = cohorts.tutor(cohorts.cohort(activity, "Other", 1, 40));
        for (CampusUser outsider : List.of(cohorts.user(fixtures.person(Role.LEARNER)), cohorts.user(otherTutor))) {
            mvc.perform(get("/learning/cohorts/" + cohort).with(user(outsider))).andExpect(status().isNotFound());
            mvc.perform(get("/learning/cohorts/" + cohort + "/threads/" + thread).with(user(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/learning/cohorts/" + cohort + "/threads").with(user(outsider)).with(csrf())
                    .param("title", "Hi").param("body", "Let me in")).andExpect(status().isNotFound());
            mvc.perform(post("/learning/cohorts/" + cohort + "/threads/" + thread + "/replies").with(user(outsider))
                    .with(csrf()).param("body", "Let me in")).andExpect(status().isNotFound());
        }
        mvc.perform(get("/learning/cohorts/999999").with(user(cohorts.user(amina)))).andExpect(status().isNotFound());
        assertThat(board.replies(thread)).isEmpty();
        mvc.perform(get("/learning/cohorts/" + cohort).with(user(cohorts.user(fixtures.person(Role.STAFF)))))
                .andExpect(status().isOk());
    }

    @Test
    void markupInPostsIsShownAsText() throws Exception {
        String script = "<script>alert(1)</script>";
        String image = "<img src=x onerror=alert(1)>";
        String svg = "\"><svg onload=alert(1)>";
        long thread = postThread(amina, script + svg, image + "\n" + svg, false);
        reply(lucia, thread, script + image + svg);

        for (String page : List.of("/learning/cohorts/" + cohort, "/learning/cohorts/" + cohort + "/threads/" + thread)) {
            String html = mvc.perform(get(page).with(user(cohorts.user(tutor)))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).doesNotContain(script).doesNotContain(image).doesNotContain("<svg onload")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                    .contains("&quot;&gt;&lt;svg onload=alert(1)&gt;");
        }
        String threadHtml = mvc.perform(get("/learning/cohorts/" + cohort + "/threads/" + thread).with(user(cohorts.user(tutor))))
                .andReturn().getResponse().getContentAsString();
        assertThat(threadHtml).contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    private long postThread(long author, String title, String body, boolean announcement) throws Exception {
        var request = post("/learning/cohorts/" + cohort + "/threads").with(user(cohorts.user(author))).with(csrf())
                .param("title", title).param("body", body);
        if (announcement) {
            request.param("announcement", "true");
        }
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private ResultActions reply(long author, long thread, String body) throws Exception {
        return mvc.perform(post("/learning/cohorts/" + cohort + "/threads/" + thread + "/replies")
                .with(user(cohorts.user(author))).with(csrf()).param("body", body));
    }
}
