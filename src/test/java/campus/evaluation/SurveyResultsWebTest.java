package campus.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import campus.CampusTest;
import campus.Fixtures;
import campus.accounts.CampusUser;
import campus.shared.Role;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The results page and its CSV file show the figures counted by hand on {@link SurveyResultsFixture},
 * and nothing that names a learner; learners cannot reach them; bad filters come back as messages.
 */
@CampusTest
class SurveyResultsWebTest {

    static final int YEAR = 2017; // not SurveyResultsTest's year: the area and period filters keep the two apart
    static SurveyResultsFixture.Made made;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SurveyResultsFixture fixture;

    @BeforeEach
    void fixtureOnce() {
        if (made == null) {
            made = fixture.build(YEAR);
        }
    }

    @Test
    void thePageShowsTheHandComputedFiguresAsTables() throws Exception {
        Document page = page("/staff/evaluation?survey=satisfaction&activity=" + made.activityA());

        // 4 responses of 5 learners asked: 80%
        assertThat(page.select("dl.facts dd").eachText()).containsExactly("4", "5", "80%");
        Element overall = table(page, "Overall, how satisfied are you with this activity?");
        // overall 5, 4, 4, 2: mean 15 / 4 = 3.75; values 1..5 counted 0, 1, 0, 2, 1 of 4
        assertThat(overall.selectFirst("caption").text()).isEqualTo("4 answers, mean 3.75 out of 5");
        assertThat(rows(overall)).containsExactly(
                "1 – very dissatisfied | 0 | 0%", "2 – dissatisfied | 1 | 25%", "3 – neither | 0 | 0%",
                "4 – satisfied | 2 | 50%", "5 – very satisfied | 1 | 25%");
        assertThat(overall.select("th[scope=col]")).hasSize(4);
        assertThat(overall.select("rect").eachAttr("width")).containsExactly("0", "25", "0", "50", "25");
        // platform 3, 3, n/a, 2: 8 / 3 = 2.67 over 3 answers; 2 of 3 = 67%
        Element platform = table(page, "The learning platform");
        assertThat(platform.selectFirst("caption").text()).isEqualTo("3 answers, mean 2.67 out of 5");
        assertThat(rows(platform)).contains("2 – dissatisfied | 1 | 33%", "3 – neither | 2 | 67%");
        // the activity's own items: pace 4, 2, n/a, 3 → 3.00; recommend yes 3 of 4
        assertThat(table(page, "Pace of the sessions").selectFirst("caption").text())
                .isEqualTo("3 answers, mean 3.00 out of 5");
        assertThat(rows(table(page, "Would you recommend it?"))).containsExactly("Yes | 3 | 75%", "No | 1 | 25%");
        // comments without names, alphabetical
        assertThat(section(page, "Comments: what should we keep, what should we change?").select("li").eachText())
                .containsExactly("Audio kept failing", "Brilliant exercises on wage bargaining", "Case studies felt dated");
        assertThat(page.select("a[href^='/staff/evaluation/results.csv']").attr("href"))
                .isEqualTo("/staff/evaluation/results.csv?survey=satisfaction&activity=" + made.activityA());
        assertNamesNobody(page.html());
    }

    @Test
    void theAreaAndPeriodShowTheStandardItemsOfTheirActivitiesOnly() throws Exception {
        Document page = page("/staff/evaluation?survey=satisfaction&area=green_jobs&from=" + YEAR + "-01-01&to=" + YEAR + "-12-31");
        // A1, A2, A3 of A1, A2, A3, A5 (A4 completed the year before): 3 of 4; overall 5, 4, 4 → 13 / 3 = 4.33
        assertThat(page.select("dl.facts dd").eachText()).containsExactly("3", "4", "75%");
        assertThat(table(page, "Overall, how satisfied are you with this activity?").selectFirst("caption").text())
                .isEqualTo("3 answers, mean 4.33 out of 5");
        assertThat(page.text()).doesNotContain("Pace of the sessions").contains("All activities in Green jobs");
        assertThat(page.select("#area option[selected]").attr("value")).isEqualTo("green_jobs");
        assertThat(page.select("#from").attr("value")).isEqualTo(YEAR + "-01-01");
    }

    @Test
    void aPeriodWithNobodyAskedSaysSo() throws Exception {
        // the follow-up went out in September: nobody was asked in the last quarter
        Document page = page("/staff/evaluation?survey=followup&activity=" + made.activityA() + "&from=" + YEAR
                + "-10-01&to=" + YEAR + "-12-31");
        assertThat(page.select("dl.facts dd").eachText()).containsExactly("0", "0", "no learner asked");
        assertThat(page.text()).contains("No response matches these filters.", "No one wrote anything here.");
        assertThat(table(page, "Can you apply what you learned in your work?").selectFirst("caption").text())
                .isEqualTo("0 answers");
        assertThat(page.select("#survey option[selected]").attr("value")).isEqualTo("followup");
    }

    @Test
    void theCsvHoldsTheSameFiguresCellByCell() throws Exception {
        MvcResult result = mvc.perform(get("/staff/evaluation/results.csv").param("survey", "satisfaction")
                        .param("activity", String.valueOf(made.activityA())).with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv; charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"survey-results-satisfaction-activity-" + made.activityA() + ".csv\""))
                .andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body)).getRecords();
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("survey", "responses", "asked",
                "response_rate", "item", "label", "kind", "n", "mean", "value", "count", "share", "text");
        // 6 standard scales + pace × 5 values, recommend × 2, 3 comments
        assertThat(rows).hasSize(7 * 5 + 2 + 3);
        // overall, value 2: 1 answer of 4 = 0.25; mean 15 / 4; 4 responses of 5 asked
        assertThat(rows.get(1).values()).containsExactly("satisfaction", "4", "5", "0.8000", "overall",
                "Overall, how satisfied are you with this activity?", "scale", "4", "3.75", "2", "1", "0.2500", "");
        assertThat(rows.get(3).values()).containsExactly("satisfaction", "4", "5", "0.8000", "overall",
                "Overall, how satisfied are you with this activity?", "scale", "4", "3.75", "4", "2", "0.5000", "");
        // platform, value 3: 2 of 3 → 0.6667, mean 8 / 3 → 2.67
        CSVRecord platform3 = rows.get(5 * 5 + 2);
        assertThat(platform3.get("item")).isEqualTo("platform");
        assertThat(List.of(platform3.get("n"), platform3.get("mean"), platform3.get("value"), platform3.get("count"),
                platform3.get("share"))).containsExactly("3", "2.67", "3", "2", "0.6667");
        // the activity's yes/no item: yes 3 of 4, no 1
        CSVRecord yes = rows.get(7 * 5);
        assertThat(List.of(yes.get("item"), yes.get("label"), yes.get("kind"), yes.get("n"), yes.get("mean"),
                yes.get("value"), yes.get("count"), yes.get("share"))).containsExactly(made.recommendItem(),
                "Would you recommend it?", "yes_no", "4", "", "yes", "3", "0.7500");
        assertThat(rows.get(7 * 5 + 1).get("value")).isEqualTo("no");
        // comments, one a row, alphabetical, value/count/share empty
        assertThat(rows.subList(7 * 5 + 2, rows.size())).extracting(r -> r.get("item") + "|" + r.get("kind") + "|"
                + r.get("n") + "|" + r.get("value") + r.get("count") + r.get("share") + "|" + r.get("text")).containsExactly(
                "comments|text|3||Audio kept failing", "comments|text|3||Brilliant exercises on wage bargaining",
                "comments|text|3||Case studies felt dated");
        assertNamesNobody(body);
    }

    @Test
    void theFollowUpCsvHasItsOwnItems() throws Exception {
        String body = mvc.perform(get("/staff/evaluation/results.csv?survey=followup&activity=" + made.activityA())
                .with(user(staff()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body)).getRecords();
        // can apply yes, yes, no of 3 responses from 4 sent: yes 2 / 3
        assertThat(rows).extracting(r -> r.get("responses") + "/" + r.get("asked") + " " + r.get("item") + " "
                + r.get("value") + " " + r.get("count") + " " + r.get("share") + " " + r.get("text")).containsExactly(
                "3/4 can_apply yes 2 0.6667 ", "3/4 can_apply no 1 0.3333 ",
                "3/4 example    Drafted a checklist for collective agreements",
                "3/4 example    None yet: waiting for the budget");
    }

    @Test
    void learnersAreRefusedTheResults() throws Exception {
        long id = fixtures.person(Role.LEARNER);
        CampusUser learner = new CampusUser(id, "l" + id + "@test.example", null, "Learner", "en", Set.of(Role.LEARNER), true, false);
        mvc.perform(get("/staff/evaluation").with(user(learner)).accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
        mvc.perform(get("/staff/evaluation/results.csv").with(user(learner))).andExpect(status().isForbidden());
        mvc.perform(get("/staff/activities/" + made.activityA() + "/evaluation/results").with(user(learner)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anActivityLeadsToItsSatisfactionResults() throws Exception {
        mvc.perform(get("/staff/activities/" + made.activityA() + "/evaluation/results").with(user(staff())))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/staff/evaluation?survey=satisfaction&activity=" + made.activityA()));
    }

    @Test
    void badFiltersComeBackAsMessagesOnTheirFields() throws Exception {
        Document page = refused("/staff/evaluation?survey=nope&area=atlantis&from=2019-02-30&to=soon");
        assertThat(page.select(".problem").text()).isEqualTo("Correct the filters marked below.");
        assertThat(page.select("#survey-error").text()).isEqualTo("Choose the satisfaction or the follow-up survey.");
        assertThat(page.select("#area-error").text()).isEqualTo("Choose a technical area from the list.");
        assertThat(page.select("#from-error").text()).isEqualTo("Enter a date as year-month-day, for example 2025-03-31.");
        assertThat(page.select("#to-error").text()).isEqualTo("Enter a date as year-month-day, for example 2025-03-31.");
        assertThat(page.select("#from").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#from").attr("aria-describedby")).isEqualTo("from-error");
        assertThat(page.select("#from").attr("value")).isEqualTo("2019-02-30");
        assertThat(page.select("dl.facts")).isEmpty();

        assertThat(refused("/staff/evaluation?activity=999999999999").select("#activity-error").text())
                .isEqualTo("There is no activity with this number.");
        assertThat(refused("/staff/evaluation?activity=abc").select("#activity-error").text())
                .isEqualTo("Choose an activity from the list.");
        assertThat(refused("/staff/evaluation?from=2019-12-31&to=2019-01-01").select("#to-error").text())
                .isEqualTo("The end of the period must not be before its start.");
        // the CSV link refuses the same way, with the page, not a broken file
        assertThat(refused("/staff/evaluation/results.csv?from=2019-12-31&to=2019-01-01").select("#to-error").text())
                .isEqualTo("The end of the period must not be before its start.");
        // in the reader's language
        assertThat(refused("/staff/evaluation?survey=nope&lang=fr").select("#survey-error").text())
                .isEqualTo("Choisissez le questionnaire de satisfaction ou celui de suivi.");
        assertThat(refused("/staff/evaluation?from=2019-12-31&to=2019-01-01&lang=es").select("#to-error").text())
                .isEqualTo("El final del período no puede ser anterior a su inicio.");
    }

    @Test
    void thePageSpeaksTheReadersLanguage() throws Exception {
        Document page = page("/staff/evaluation?activity=" + made.activityA() + "&lang=fr");
        assertThat(page.select("h1").text()).isEqualTo("Résultats des questionnaires");
        // French writes 3,75 and 80 %
        assertThat(table(page, "Dans l'ensemble, êtes-vous satisfait de cette activité ?")
                .selectFirst("caption").text()).isEqualTo("4 réponses, moyenne 3,75 sur 5");
        assertThat(page.select("dl.facts dd").get(2).text().replace('\u00a0', ' ').replace('\u202f', ' ')).isEqualTo("80 %");
    }

    private Document page(String url) throws Exception {
        String html = mvc.perform(get(url).with(user(staff())).accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private Document refused(String url) throws Exception {
        String html = mvc.perform(get(url).with(user(staff())).accept(MediaType.TEXT_HTML)).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private static Element section(Document page, String heading) {
        return page.select("section").stream().filter(s -> s.selectFirst("h2") != null
                && s.selectFirst("h2").text().equals(heading)).findFirst().orElseThrow(() -> new AssertionError(heading));
    }

    private static Element table(Document page, String heading) {
        return section(page, heading).selectFirst("table");
    }

    /** Each body row as "header | count | share". */
    private static List<String> rows(Element table) {
        return table.select("tbody tr").stream()
                .map(r -> r.selectFirst("th[scope=row]").text() + " | " + r.select("td").get(0).text() + " | "
                        + r.select("td").get(1).text()).toList();
    }

    private void assertNamesNobody(String text) {
        for (String name : made.names()) {
            assertThat(text).as("a learner's name").doesNotContain(name);
        }
        for (String email : made.emails()) {
            assertThat(text).as("a learner's address").doesNotContain(email);
        }
        assertThat(text).doesNotContain("@test.example").doesNotContainIgnoringCase("enrolment");
    }

    private CampusUser staff() {
        long id = fixtures.person(Role.STAFF);
        return new CampusUser(id, "staff" + id + "@staff.example", null, "Staff Member", "en", Set.of(Role.STAFF), true, false);
    }
}
