package campus.interchange.web;

import campus.interchange.ReadResult;
import campus.interchange.internal.HistoryImport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Administrators import an interchange folder by uploading its CSV files (or a zip of them). */
@Controller
class ImportUploadController {

    private final HistoryImport history;

    ImportUploadController(HistoryImport history) {
        this.history = history;
    }

    @GetMapping("/admin/imports")
    String form() {
        return "interchange/import";
    }

    @PostMapping("/admin/imports")
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model) throws IOException {
        List<MultipartFile> chosen = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
        if (chosen.isEmpty()) {
            model.addAttribute("refused", "import.upload.none");
            return "interchange/import";
        }
        Path folder = Files.createTempDirectory("campus-import");
        try {
            ReadResult result = history.importFolder(UploadedFolder.unpack(chosen, folder));
            model.addAttribute("result", result);
        } catch (UploadedFolder.Refused refused) {
            model.addAttribute("refused", refused.messageKey);
            model.addAttribute("refusedFile", refused.file);
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
        return "interchange/import";
    }
}
