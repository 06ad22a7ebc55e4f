package campus.keys.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the key-encryption key: CAMPUS_KEYS_SECRET (campus.keys.secret, base64 of 32 bytes) when
 * set; otherwise the key file (CAMPUS_KEYS_FILE, campus.keys.file), which is generated, owner-only,
 * on the first start of an embedded installation. A key file is never generated over keys that
 * already exist: they would stay sealed under the lost one.
 */
final class KeyEncryptionKeys {

    static final String SECRET_VARIABLE = "CAMPUS_KEYS_SECRET (campus.keys.secret)";
    static final String FILE_VARIABLE = "CAMPUS_KEYS_FILE, campus.keys.file";
    private static final Logger log = LoggerFactory.getLogger(KeyEncryptionKeys.class);

    private KeyEncryptionKeys() {
    }

    static KeyEncryption resolve(String secret, Path configuredFile, boolean keysStored) {
        Path file = configuredFile.toAbsolutePath().normalize();
        if (secret != null && !secret.isBlank()) {
            return new KeyEncryption(decode(secret, SECRET_VARIABLE), SECRET_VARIABLE);
        }
        String source = "the key file " + file + " (" + FILE_VARIABLE + "; used because "
                + "CAMPUS_KEYS_SECRET is not set)";
        if (Files.exists(file)) {
            return new KeyEncryption(decode(read(file), source), source);
        }
        if (keysStored) {
            throw new KeysUnavailable("Signing keys are stored in the database but CAMPUS_KEYS_SECRET is not set and "
                    + "the key file " + file + " (" + FILE_VARIABLE + ") does not exist: set "
                    + "CAMPUS_KEYS_SECRET, or restore the key file, that the keys were created with.");
        }
        return new KeyEncryption(create(file), source);
    }

    private static byte[] decode(String text, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException notBase64) {
            key = null;
        }
        if (key == null || key.length != 32) {
            throw new KeysUnavailable("The key-encryption key from " + source + " must be the base64 encoding of "
                    + "32 random bytes (for example the output of: openssl rand -base64 32).");
        }
        return key;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new KeysUnavailable("Cannot read the key file " + file + " (" + FILE_VARIABLE + "): " + e, e);
        }
    }

    private static byte[] create(Path file) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            createOwnerOnly(file);
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException raced) {
            return decode(read(file), "the key file " + file); // another instance on this machine made it first
        } catch (IOException e) {
            throw new KeysUnavailable("Cannot create the key file " + file + " (" + FILE_VARIABLE
                    + "); set CAMPUS_KEYS_SECRET instead: " + e, e);
        }
        log.info("Generated the key-encryption key file {}; it protects the signing keys: keep it with the database "
                + "backups. In production set CAMPUS_KEYS_SECRET instead.", file);
        return key;
    }

    /** Creates the file readable by its owner only before anything is written to it. */
    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits its folder's access list; narrow what java.io can
            Files.createFile(file);
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
            file.toFile().setWritable(false, false);
            file.toFile().setWritable(true, true);
        }
    }
}
