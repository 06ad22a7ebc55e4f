package campus.interchange.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.web.multipart.MultipartFile;

/**
 * Turns an upload (the CSV files themselves, or one zip of them) into a temporary interchange
 * folder. Only the ten file names of the format are taken, by their last path segment, so a
 * hostile zip cannot write outside the folder; a zip that unpacks past the size limit is refused.
 */
final class UploadedFolder {

    static final Set<String> NAMES = Set.of("participants.csv", "partners.csv", "activities.csv", "enrolments.csv",
            "satisfaction.csv", "knowledge_tests.csv", "followups.csv", "credentials.csv", "credential_views.csv",
            "income_groups.csv");
    static final long MAX_UNPACKED_BYTES = 2L * 1024 * 1024 * 1024;

    /** What went wrong with the upload itself, as a message key and the file it concerns. */
    static final class Refused extends Exception {
        final String messageKey;
        final String file;

        Refused(String messageKey, String file) {
            super(messageKey + " " + file);
            this.messageKey = messageKey;
            this.file = file;
        }
    }

    private UploadedFolder() {
    }

    static Path unpack(List<MultipartFile> files, Path folder) throws IOException, Refused {
        if (files.size() == 1 && name(files.get(0).getOriginalFilename()).endsWith(".zip")) {
            try (ZipInputStream zip = new ZipInputStream(files.get(0).getInputStream())) {
                long total = 0;
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    String name = name(entry.getName());
                    if (entry.isDirectory() || !NAMES.contains(name)) {
                        continue; // other files in the zip are not part of the format
                    }
                    total += copy(zip, folder.resolve(name), MAX_UNPACKED_BYTES - total, name);
                }
            }
            return folder;
        }
        for (MultipartFile file : files) {
            String name = name(file.getOriginalFilename());
            if (!NAMES.contains(name)) {
                throw new Refused("import.upload.unknown", name);
            }
            try (InputStream in = file.getInputStream()) {
                copy(in, folder.resolve(name), MAX_UNPACKED_BYTES, name);
            }
        }
        return folder;
    }

    /** The last segment of a path from a browser or a zip, whatever separator it used. */
    static String name(String path) {
        if (path == null) {
            return "";
        }
        String normalised = path.replace('\\', '/');
        return normalised.substring(normalised.lastIndexOf('/') + 1);
    }

    private static long copy(InputStream in, Path target, long allowed, String name) throws IOException, Refused {
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var out = Files.newOutputStream(target)) {
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                written += read;
                if (written > allowed) {
                    throw new Refused("import.upload.too.large", name);
                }
                out.write(buffer, 0, read);
            }
        }
        return written;
    }
}
