package campus.interchange.web;

import campus.interchange.InterchangeProblem;
import campus.interchange.ReadResult;
import campus.interchange.internal.HistoryImport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Administrators import an interchange folder by uploading its CSV files (or a zip of them); the import
 * runs in the background and its status page follows it to its result.
 */
@Controller
class ImportUploadController {

    private final HistoryImport history;
    private final ImportJobs jobs;
    private final MessageSource messages;

    ImportUploadController(HistoryImport history, ImportJobs jobs, MessageSource messages) {
        this.history = history;
        this.jobs = jobs;
        this.messages = messages;
    }

    @GetMapping("/admin/imports")
    String form() {
        return "interchange/import";
    }

    @PostMapping("/admin/imports")
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model) throws IOException {
        List<MultipartFile> chosen = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
        if (chosen.isEmpty()) {
            return refused(model, "import.upload.none", null);
        }
        if (jobs.busy()) {
            return refused(model, "import.upload.busy", null);
        }
        Path folder = Files.createTempDirectory("campus-import");
        Optional<ImportJob> job = Optional.empty();
        try {
            UploadedFolder.unpack(chosen, folder);
            job = jobs.start(progress -> history.importFolder(folder, progress),
                    () -> FileSystemUtils.deleteRecursively(folder.toFile()));
        } catch (UploadedFolder.Refused refused) {
            return refused(model, refused.messageKey, refused.file);
        } finally {
            if (job.isEmpty()) {
                FileSystemUtils.deleteRecursively(folder);
            }
        }
        return job.map(started -> "redirect:/admin/imports/" + started.id())
                .orElseGet(() -> refused(model, "import.upload.busy", null));
    }

    @GetMapping("/admin/imports/{id}")
    String status(@PathVariable String id, Model model, Locale locale) {
        ImportJob job = jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ImportJob.Progress progress = job.progress();
        ReadResult result = job.result();
        model.addAttribute("job", job);
        model.addAttribute("progressKey", progress.phase() == null ? "import.status.starting"
                : "import.status." + progress.phase().name().toLowerCase(Locale.ROOT));
        model.addAttribute("progress", progress);
        model.addAttribute("result", result);
        if (job.running()) {
            model.addAttribute("refreshSeconds", 2);
        }
        if (result != null && !result.ok()) {
            model.addAttribute("problems", result.problems().stream().map(p -> located(p, locale)).toList());
        }
        return "interchange/status";
    }

    private String located(InterchangeProblem problem, Locale locale) {
        return problem.located(messages.getMessage(problem, locale));
    }

    private static String refused(Model model, String messageKey, String file) {
        model.addAttribute("refused", messageKey);
        model.addAttribute("refusedFile", file);
        return "interchange/import";
    }
}
