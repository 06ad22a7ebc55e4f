package campus.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import campus.CampusTest;
import campus.Fixtures;
import campus.accounts.CampusUser;
import campus.interchange.web.ImportJob;
import campus.interchange.web.ImportJobs;
import campus.reporting.ReportingApi;
import campus.reporting.ResultsData;
import campus.reporting.ResultsData.Activity;
import campus.reporting.ResultsData.Enrolment;
import campus.reporting.ResultsData.Participant;
import campus.shared.Modality;
import campus.shared.Role;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Administrators import history by upload, in the background with a status page: all or nothing, one at a
 * time, problems by file and line in the administrator's language, hostile zips contained.
 */
@CampusTest
class ImportUploadTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ReportingApi reporting;
    @Autowired ImportJobs jobs;
    @TempDir Path dir;

    ResultsData small(String tag) {
        return new ResultsData(
                List.of(new Participant(tag + "-P", "female", 1990, "KE", "workers", null, null, null, null)), List.of(),
                List.of(new Activity(tag + "-A", "Course", Modality.FACE_TO_FACE, LocalDate.of(2019, 5, 1), null, "en", null)),
                List.of(new Enrolment(tag + "-E", tag + "-P", tag + "-A", LocalDate.of(2019, 4, 1), "completed", null)),
                List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    @Test
    void uploadedCsvFilesAreImported() throws Exception {
        String tag = Fixtures.unique("up");
        Path folder = dir.resolve("f");
        InterchangeFolder.write(small(tag), folder);
        MockMultipartHttpServletRequestBuilder upload = multipart("/admin/imports");
        for (String name : List.of("participants.csv", "activities.csv", "enrolments.csv")) {
            upload.file(new MockMultipartFile("files", name, "text/csv", Files.readAllBytes(folder.resolve(name))));
        }
        String page = finished(mvc.perform(upload.with(user(admin())).with(csrf())), "en");
        assertThat(page).contains("Imported: 1 participants, 1 activities, 1 enrolments").doesNotContain("http-equiv=\"refresh\"");
        assertThat(reporting.knownIds().get("enrolment")).contains(tag + "-E");
    }

    @Test
    void aBadFileListsItsProblemsAndWritesNothing() throws Exception {
        String tag = Fixtures.unique("bad");
        Path folder = dir.resolve("b");
        InterchangeFolder.write(small(tag), folder);
        String enrolments = Files.readString(folder.resolve("enrolments.csv")) + tag + "-E2," + tag + "-P,NOPE,2019-04-01,enrolled,\r\n";
        MockMultipartHttpServletRequestBuilder upload = multipart("/admin/imports")
                .file(new MockMultipartFile("files", "participants.csv", "text/csv", Files.readAllBytes(folder.resolve("participants.csv"))))
                .file(new MockMultipartFile("files", "activities.csv", "text/csv", Files.readAllBytes(folder.resolve("activities.csv"))))
                .file(new MockMultipartFile("files", "enrolments.csv", "text/csv", enrolments.getBytes()));
        String page = finished(mvc.perform(upload.with(user(admin())).with(csrf())), "en");
        assertThat(page).contains("enrolments.csv:3: activity_id: &#39;NOPE&#39; is not in activities.csv")
                .contains("nothing was imported");
        assertThat(reporting.knownIds().get("participant")).doesNotContain(tag + "-P");
    }

    @Test
    void aZipCannotWriteOutsideItsFolderAndOtherFilesAreRefused() throws Exception {
        String tag = Fixtures.unique("zip");
        Path folder = dir.resolve("z");
        InterchangeFolder.write(small(tag), folder);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : List.of("participants.csv", "activities.csv", "enrolments.csv")) {
                zip.putNextEntry(new ZipEntry("../../../tmp/escape-" + tag + "/" + name));
                zip.write(Files.readAllBytes(folder.resolve(name)));
                zip.closeEntry();
            }
        }
        assertThat(finished(mvc.perform(multipart("/admin/imports").file(new MockMultipartFile("files", "history.zip",
                "application/zip", bytes.toByteArray())).with(user(admin())).with(csrf())), "en"))
                .contains("Imported: 1 participants");
        assertThat(Path.of("/tmp/escape-" + tag)).doesNotExist();

        mvc.perform(multipart("/admin/imports").file(new MockMultipartFile("files", "notes.txt", "text/plain", new byte[] {1}))
                .with(user(admin())).with(csrf()))
                .andExpect(content().string(containsString("notes.txt is not a file of the interchange format")));
    }

    @Test
    void problemsAreShownInTheAdministratorsLanguageWithFileAndLine() throws Exception {
        String tag = Fixtures.unique("fr");
        Path folder = dir.resolve("fr");
        InterchangeFolder.write(small(tag), folder);
        String participants = Files.readString(folder.resolve("participants.csv")) + tag + "-P2,femme,1990,KE,workers,,,,\r\n";
        String enrolments = Files.readString(folder.resolve("enrolments.csv")) + tag + "-E," + tag + "-P," + tag + "-A,2019-13-01,enrolled,\r\n";
        MockMultipartHttpServletRequestBuilder upload = multipart("/admin/imports")
                .file(new MockMultipartFile("files", "participants.csv", "text/csv", participants.getBytes()))
                .file(new MockMultipartFile("files", "activities.csv", "text/csv", Files.readAllBytes(folder.resolve("activities.csv"))))
                .file(new MockMultipartFile("files", "enrolments.csv", "text/csv", enrolments.getBytes()));

        String page = finished(mvc.perform(upload.with(user(admin())).with(csrf())), "fr");

        assertThat(page).contains("3 problèmes trouvés ; rien n’a été importé")
                .contains("participants.csv:3: gender: « femme » n’est pas l’une des valeurs female, male, other, undisclosed")
                .contains("enrolments.csv:3: enrolment_id: « " + tag + "-E » figure déjà à la ligne 2 ; "
                        + "les identifiants doivent être uniques dans enrolments.csv")
                .contains("enrolments.csv:3: enrolled_on: « 2019-13-01 » n’est pas une date (AAAA-MM-JJ)")
                .doesNotContain("is not");
        assertThat(reporting.knownIds().get("participant")).doesNotContain(tag + "-P");
    }

    @Test
    void aSecondUploadWhileOneRunsIsRefusedAndNothingOfItIsImported() throws Exception {
        String tag = Fixtures.unique("busy");
        Path folder = dir.resolve("busy");
        InterchangeFolder.write(small(tag), folder);
        CountDownLatch release = new CountDownLatch(1);
        ImportJob first = jobs.start(progress -> {
            awaitQuietly(release);
            return new ReadResult(ResultsData.empty(), List.of());
        }, () -> { }).orElseThrow();
        try {
            MockMultipartHttpServletRequestBuilder upload = multipart("/admin/imports");
            for (String name : List.of("participants.csv", "activities.csv", "enrolments.csv")) {
                upload.file(new MockMultipartFile("files", name, "text/csv", Files.readAllBytes(folder.resolve(name))));
            }
            mvc.perform(upload.with(user(admin())).with(csrf())).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Another import is running")));
            mvc.perform(get("/admin/imports/" + first.id()).with(user(admin())))
                    .andExpect(content().string(containsString("http-equiv=\"refresh\" content=\"2\"")));
        } finally {
            release.countDown();
        }
        awaitFinished(first.id());
        assertThat(reporting.knownIds().get("participant")).doesNotContain(tag + "-P");
    }

    @Test
    void anUnknownImportHasNoStatusPage() throws Exception {
        mvc.perform(get("/admin/imports/0123456789abcdef0123456789abcdef").with(user(admin())))
                .andExpect(status().isNotFound());
    }

    /** Follows an upload to its status page, reloading it as a browser would until the import has finished. */
    private String finished(ResultActions upload, String language) throws Exception {
        String location = upload.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/admin/imports/[0-9a-f]{32}");
        String id = location.substring(location.lastIndexOf('/') + 1);
        awaitFinished(id);
        MvcResult page = mvc.perform(get(location).header("Accept-Language", language).with(user(admin())))
                .andExpect(status().isOk()).andReturn();
        return page.getResponse().getContentAsString();
    }

    private void awaitFinished(String id) throws Exception {
        for (int i = 0; i < 300; i++) {
            String page = mvc.perform(get("/admin/imports/" + id).with(user(admin()))).andReturn().getResponse()
                    .getContentAsString();
            if (!page.contains("http-equiv=\"refresh\"")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import " + id + " did not finish");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private CampusUser admin() {
        long id = fixtures.person(Role.ADMINISTRATOR);
        return new CampusUser(id, "a" + id + "@test.example", null, "Admin", "en", Set.of(Role.ADMINISTRATOR), true, false);
    }
}
