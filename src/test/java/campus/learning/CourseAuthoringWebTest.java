package campus.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import campus.CampusTest;
import campus.Fixtures;
import campus.accounts.CampusUser;
import campus.enrolment.EnrolmentApi;
import campus.learning.internal.CoursePackages;
import campus.learning.internal.KnowledgeTests;
import campus.learning.internal.TestKind;
import campus.learning.internal.TestSheet;
import campus.shared.Modality;
import campus.shared.Role;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Authoring pages: field messages for bad input, inert hostile text, and the course zip round trip. */
@CampusTest
class CourseAuthoringWebTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired CourseFixtures courses;
    @Autowired CoursePackages packages;
    @Autowired EnrolmentApi enrolments;
    @Autowired KnowledgeTests tests;

    private CampusUser person(Role role) {
        long id = fixtures.person(role);
        return new CampusUser(id, "u" + id + "@test.example", null, "Test Person", "en", Set.of(role), true, false);
    }

    private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    @Test
    void badInputInEachAuthoringFormIsReportedOnItsFieldAndNothingIsSaved() throws Exception {
        CampusUser staff = person(Role.STAFF);
        CourseFixtures.Course course = courses.selfGuided(70, 3);
        String base = "/staff/activities/" + course.activityId() + "/course";

        String rules = html(post(base + "/rules").param("passMark", "101").param("attemptLimit", "abc")
                .param("attendanceThreshold", "80").with(user(staff)).with(csrf()));
        assertThat(rules).contains("id=\"passMark-error\"", "id=\"attemptLimit-error\"");

        String lesson = html(post(base + "/modules/" + course.moduleId() + "/lessons").param("markdownFr", "Texte sans titre")
                .with(user(staff)).with(csrf()));
        assertThat(lesson).contains("id=\"titleFr-error\"", "Enter a title.");

        String question = html(post(base + "/questions").param("kind", "single").param("promptEn", "Which?")
                .param("labelsEn[0]", "A").param("labelsEn[1]", "B").param("correct[0]", "true").param("correct[1]", "true")
                .with(user(staff)).with(csrf()));
        assertThat(question).contains("Tick exactly one correct option.");
        String missingLabel = html(post(base + "/questions").param("kind", "single").param("promptEn", "Which?")
                .param("promptFr", "Lequel ?").param("labelsEn[0]", "A").param("labelsEn[1]", "B").param("labelsFr[0]", "A")
                .param("correct[0]", "true").with(user(staff)).with(csrf()).locale(java.util.Locale.FRENCH)
                .header("Accept-Language", "fr"));
        assertThat(missingLabel).contains("id=\"labelsFr1-error\"");

        assertThat(packages.export(course.activityId()).questions()).hasSize(4);
        assertThat(packages.export(course.activityId()).rules().passMark()).isEqualTo(70);
    }

    @Test
    void hostileTextInTitlesAndQuestionsIsShownAsText() throws Exception {
        CampusUser staff = person(Role.STAFF);
        CourseFixtures.Course course = courses.selfGuided(50, 3);
        String base = "/staff/activities/" + course.activityId() + "/course";
        mvc.perform(post(base + "/modules/" + course.moduleId() + "/lessons").param("titleEn", SCRIPT)
                .param("markdownEn", IMG + "\n\n[x](javascript:alert(1))").param("required", "true")
                .with(user(staff)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/questions").param("kind", "true_false").param("promptEn", IMG).param("answer", "true")
                .with(user(staff)).with(csrf())).andExpect(status().is3xxRedirection());

        String authoring = html(get(base).with(user(staff)));
        assertThat(authoring).doesNotContain(SCRIPT, IMG).contains("&lt;script&gt;alert(1)&lt;/script&gt;");

        long learner = fixtures.person();
        CampusUser learnerUser = new CampusUser(learner, "l@test.example", null, "L", "en", Set.of(Role.LEARNER), true, false);
        long enrolment = enrolments.apply(course.activityId(), learner).id();
        String testPage = html(get("/learning/" + enrolment + "/tests/pre").with(user(learnerUser)));
        assertThat(testPage).doesNotContain(IMG).contains("&lt;img src=x onerror=alert(1)&gt;");
        TestSheet pre = tests.sit(enrolment, learner, TestKind.PRE);
        tests.submit(enrolment, learner, pre.attempt().id(), SelfGuidedCourseTest.answers(pre, 0));
        String coursePage = html(get("/learning/" + enrolment).with(user(learnerUser)));
        assertThat(coursePage).doesNotContain(SCRIPT).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        String lessonPath = coursePage.replaceAll("(?s).*href=\"(/learning/" + enrolment + "/lessons/\\d+)\">&lt;script.*", "$1");
        String lesson = html(get(lessonPath).with(user(learnerUser)));
        assertThat(lesson).doesNotContain(SCRIPT, IMG, "javascript:alert").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void aCourseExportedAndImportedIntoAnotherActivityIsTheSameCourse() throws Exception {
        CampusUser staff = person(Role.STAFF);
        CourseFixtures.Course course = courses.selfGuided(60, 2);
        mvc.perform(multipart("/staff/activities/" + course.activityId() + "/course/files")
                .file(new MockMultipartFile("file", "chart.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1}))
                .with(user(staff)).with(csrf())).andExpect(status().is3xxRedirection());
        byte[] zip = mvc.perform(get("/staff/activities/" + course.activityId() + "/course.zip").with(user(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        long other = fixtures.activity(Modality.SELF_GUIDED, null, false, "en", LocalDate.now().minusDays(1));
        mvc.perform(multipart("/staff/activities/" + other + "/course/import")
                .file(new MockMultipartFile("zip", "course.zip", "application/zip", zip))
                .with(user(staff)).with(csrf())).andExpect(status().is3xxRedirection());

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        packages.write(other, again);
        assertThat(again.toByteArray()).as("export → import → export gives the same zip").isEqualTo(zip);
        assertThat(packages.export(other).files().get(0).content()).containsExactly((byte) 0x89, 'P', 'N', 'G', 0, 1);
    }

    @Test
    void aRefusedZipSaysWhyAndChangesNothing() throws Exception {
        CampusUser staff = person(Role.STAFF);
        CourseFixtures.Course course = courses.selfGuided(60, 2);
        ByteArrayOutputStream before = new ByteArrayOutputStream();
        packages.write(course.activityId(), before);

        ByteArrayOutputStream hostile = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(hostile)) {
            zip.putNextEntry(new ZipEntry("../../etc/passwd"));
            zip.write("x".getBytes());
            zip.closeEntry();
        }
        var result = mvc.perform(multipart("/staff/activities/" + course.activityId() + "/course/import")
                .file(new MockMultipartFile("zip", "course.zip", "application/zip", hostile.toByteArray()))
                .with(user(staff)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) result.getFlashMap().get("problem")).startsWith("The zip was not imported, and the course is unchanged:")
                .contains("../../etc/passwd");

        var noManifest = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(noManifest)) {
            zip.putNextEntry(new ZipEntry("lessons/01-01/en.md"));
            zip.write("# Hello".getBytes());
            zip.closeEntry();
        }
        var missing = mvc.perform(multipart("/staff/activities/" + course.activityId() + "/course/import")
                .file(new MockMultipartFile("zip", "course.zip", "application/zip", noManifest.toByteArray()))
                .with(user(staff)).with(csrf()).header("Accept-Language", "es")).andReturn();
        assertThat((String) missing.getFlashMap().get("problem")).startsWith("El zip no se importó");

        ByteArrayOutputStream after = new ByteArrayOutputStream();
        packages.write(course.activityId(), after);
        assertThat(after.toByteArray()).isEqualTo(before.toByteArray());
    }

    @Test
    void courseFilesAreForTheCoursesLearnersAndStaffOnly() throws Exception {
        CampusUser staff = person(Role.STAFF);
        CourseFixtures.Course course = courses.selfGuided(60, 2);
        mvc.perform(multipart("/staff/activities/" + course.activityId() + "/course/files")
                .file(new MockMultipartFile("file", "page.html", "text/html", "<script>alert(1)</script>".getBytes()))
                .with(user(staff)).with(csrf())).andExpect(status().is3xxRedirection());
        String path = "/learning/courses/" + course.activityId() + "/files/page.html";
        var served = mvc.perform(get(path).with(user(staff))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(served.getContentType()).isEqualTo("application/octet-stream");
        assertThat(served.getHeader("Content-Disposition")).startsWith("attachment");
        mvc.perform(get(path).with(user(person(Role.LEARNER)))).andExpect(status().isNotFound());
    }
}
