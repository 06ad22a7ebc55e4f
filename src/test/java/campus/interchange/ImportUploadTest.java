package campus.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import campus.CampusTest;
import campus.Fixtures;
import campus.accounts.CampusUser;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Administrators import history by upload: all or nothing, problems by file and line, hostile zips contained. */
@CampusTest
class ImportUploadTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ReportingApi reporting;
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
        mvc.perform(upload.with(user(admin())).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Imported: 1 participants, 1 activities, 1 enrolments")));
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
        mvc.perform(upload.with(user(admin())).with(csrf()))
                .andExpect(content().string(containsString("enrolments.csv:3: activity_id: &#39;NOPE&#39; is not in activities.csv")))
                .andExpect(content().string(containsString("nothing was imported")));
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
        mvc.perform(multipart("/admin/imports").file(new MockMultipartFile("files", "history.zip", "application/zip",
                bytes.toByteArray())).with(user(admin())).with(csrf()))
                .andExpect(content().string(containsString("Imported: 1 participants")));
        assertThat(Path.of("/tmp/escape-" + tag)).doesNotExist();

        mvc.perform(multipart("/admin/imports").file(new MockMultipartFile("files", "notes.txt", "text/plain", new byte[] {1}))
                .with(user(admin())).with(csrf()))
                .andExpect(content().string(containsString("notes.txt is not a file of the interchange format")));
    }

    private CampusUser admin() {
        long id = fixtures.person(Role.ADMINISTRATOR);
        return new CampusUser(id, "a" + id + "@test.example", null, "Admin", "en", Set.of(Role.ADMINISTRATOR), true, false);
    }
}
