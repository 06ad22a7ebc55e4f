package campus.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import campus.CampusTest;
import campus.Fixtures;
import campus.accounts.CampusUser;
import campus.enrolment.EnrolmentApi;
import campus.enrolment.EnrolmentView;
import campus.shared.Modality;
import campus.shared.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The report reads the platform's own enrolments as they happen, over the API and the command line. */
@CampusTest
class ReportingIntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired EnrolmentApi enrolments;
    @Autowired ReportingApi reporting;
    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;

    @Test
    void platformEnrolmentsReachTheReportAndWithdrawalLeavesIt() {
        int year = LocalDate.now().getYear();
        long before = total(year);
        long activity = fixtures.activity(Modality.SELF_GUIDED, null, false, "en", LocalDate.now().minusDays(1));
        EnrolmentView enrolment = enrolments.apply(activity, fixtures.person());
        // counted by this activity: other tests' listeners may still be recording their own enrolments meanwhile
        await().atMost(Duration.ofSeconds(10)).until(() -> statuses(activity).equals(java.util.List.of("enrolled")));
        assertThat(total(year)).isGreaterThan(before);
        enrolments.withdraw(enrolment.id(), enrolment.personId());
        await().atMost(Duration.ofSeconds(10)).until(() -> statuses(activity).equals(java.util.List.of("withdrawn")));
    }

    @Test
    void waitlistedApplicationsAreNotEnrolments() {
        long activity = fixtures.activity(Modality.FACE_TO_FACE, 1, false, "en");
        enrolments.apply(activity, fixtures.person());
        await().atMost(Duration.ofSeconds(10)).until(() -> statuses(activity).size() == 1);
        enrolments.apply(activity, fixtures.person()); // waitlisted
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> statuses(activity).size() == 1);
    }

    @Test
    void staffReadTheReportOverTheApiAndLearnersCannot() throws Exception {
        long staffId = fixtures.person(Role.STAFF);
        CampusUser staff = new CampusUser(staffId, "s@test.example", null, "Staff", "en", Set.of(Role.STAFF), true, false);
        mvc.perform(get("/api/reports/2024").with(user(staff))).andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2024)).andExpect(jsonPath("$.biennium.period").value("2024-25"));
        long learnerId = fixtures.person();
        CampusUser learner = new CampusUser(learnerId, "l@test.example", null, "Learner", "en", Set.of(Role.LEARNER), true, false);
        mvc.perform(get("/api/reports/2024").with(user(learner))).andExpect(status().isForbidden());
    }

    @Test
    void theReportCommandWritesOnlyTheReportToStandardOutput(@TempDir Path dir) throws Exception {
        // a separate process, as a person runs it, on its own embedded database
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dspring.datasource.url=jdbc:h2:file:" + dir.resolve("campus") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "campus.CampusApplication", "report", "--year", "2024", "--format", "json")
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(Files.readString(dir.resolve("stderr.txt"))).isZero();
        Map<?, ?> report = json.readValue(stdout, Map.class);
        assertThat(report.get("year")).isEqualTo(2024);
        assertThat(report).isEqualTo(json.readValue(json.writeValueAsString(
                ResultsReport.compute(ResultsData.empty(), 2024)), Map.class));

        Process html = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dspring.datasource.url=jdbc:h2:file:" + dir.resolve("campus") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "campus.CampusApplication", "report", "--year", "2024", "--format", "html", "--lang", "es")
                .redirectError(dir.resolve("html-stderr.txt").toFile()).start();
        String page = new String(html.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(html.waitFor()).as(Files.readString(dir.resolve("html-stderr.txt"))).isZero();
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<title>Alcance y resultados 2024</title>")
                .contains("En 2024, el Centro registró 0 inscripciones.");

        Process wrong = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dspring.datasource.url=jdbc:h2:file:" + dir.resolve("campus") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "campus.CampusApplication", "report", "--year", "last").redirectErrorStream(true).start();
        String said = new String(wrong.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(wrong.waitFor()).isEqualTo(1);
        assertThat(said).contains("report: give the year as --year YYYY");
    }

    @Test
    void dashboardShowsTheYearAndItsChartsDownloadAsCsv() throws Exception {
        reporting.record(ResultsReportTest.history());
        long staffId = fixtures.person(Role.STAFF);
        CampusUser staff = new CampusUser(staffId, "s@test.example", null, "Staff", "en", Set.of(Role.STAFF), true, false);
        mvc.perform(get("/staff/dashboard").param("year", "2024").with(user(staff))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Outreach and results 2024")));
        String enrolments = mvc.perform(get("/staff/dashboard/enrolments.csv").param("year", "2024").with(user(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the hand-worked history: 3 face-to-face, 2 online tutored, 3 self-guided, 0 blended in 2024
        assertThat(enrolments).contains("label,Face-to-face,\"Online, tutor-supported\",Self-guided online,Blended")
                .contains("\n2024,3,2,3,0");
        String women = mvc.perform(get("/staff/dashboard/women.csv").param("year", "2024").with(user(staff)))
                .andReturn().getResponse().getContentAsString();
        assertThat(women).contains("All learners,0.4").contains("Blended,\n");
        String countries = mvc.perform(get("/staff/dashboard/countries.csv").param("year", "2024").with(user(staff)))
                .andReturn().getResponse().getContentAsString();
        assertThat(countries).contains("\nFrance,2\nKenya,2\nBrazil,1\nVenezuela,1");
    }

    @Test
    void annualReportTellsTheYearInSentencesInTheReadersLanguage() throws Exception {
        reporting.record(ResultsReportTest.history());
        long staffId = fixtures.person(Role.STAFF);
        CampusUser staff = new CampusUser(staffId, "s@test.example", null, "Staff", "en", Set.of(Role.STAFF), true, false);
        // 2024: 8 enrolments against 2 in 2023 (+300 %); 6 learners from 4 countries; satisfaction 16/4 = 4.0
        String english = mvc.perform(get("/staff/reports/2024").with(user(staff))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("In 2024 the number of enrolments increased by 300 per cent from 2023, to 8.")
                .contains("6 learners from 4 countries took part.")
                .contains("overall satisfaction 4 out of 5 on average (4 responses)");
        String french = mvc.perform(get("/staff/reports/2024").header("Accept-Language", "fr").with(user(staff)))
                .andReturn().getResponse().getContentAsString();
        assertThat(french).contains("En 2024, le nombre d’inscriptions a augmenté de 300 pour cent par rapport à 2023");
    }

    @Test
    void annualReportAsAnA4PdfSaysTheSameInTheReadersLanguage() throws Exception {
        reporting.record(ResultsReportTest.history());
        long staffId = fixtures.person(Role.STAFF);
        CampusUser staff = new CampusUser(staffId, "s@test.example", null, "Staff", "en", Set.of(Role.STAFF), true, false);
        byte[] english = mvc.perform(get("/staff/reports/2024.pdf").with(user(staff))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(english)) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(org.apache.pdfbox.pdmodel.common.PDRectangle.A4.getWidth());
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Outreach and results 2024")
                    .contains("In 2024 the number of enrolments increased by 300 per cent from 2023, to 8.")
                    .contains("6 learners from 4 countries took part.");
        }
        byte[] french = mvc.perform(get("/staff/reports/2024.pdf").header("Accept-Language", "fr").with(user(staff)))
                .andReturn().getResponse().getContentAsByteArray();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(french)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Portée et résultats 2024")
                    .contains("En 2024, le nombre d’inscriptions a augmenté de 300 pour cent par rapport à 2023");
        }
    }

    /** The statuses the read model holds for this platform activity's enrolments. */
    private java.util.List<String> statuses(long activity) {
        String id = "campus:activity:" + activity;
        return reporting.data().enrolments().stream().filter(e -> e.activityId().equals(id)).map(ResultsData.Enrolment::status).toList();
    }

    private long total(int year) {
        return ((Number) ((Map<?, ?>) reporting.report(year, null).get("enrolments")).get("total")).longValue();
    }
}
