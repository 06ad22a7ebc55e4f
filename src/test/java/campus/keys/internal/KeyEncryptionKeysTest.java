package campus.keys.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the key-encryption key comes from, and the messages that say what to fix when it cannot be used. */
class KeyEncryptionKeysTest {

    static final String SECRET = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir Path folder;

    @Test
    void theEmbeddedDefaultGeneratesAnOwnerOnlyKeyFileOnceAndReusesIt() throws Exception {
        Path file = folder.resolve("data/keys.secret");
        KeyEncryption first = KeyEncryptionKeys.resolve("", file, false);
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        byte[] sealed = first.seal("k1", new byte[] {1, 2, 3});
        KeyEncryption again = KeyEncryptionKeys.resolve(null, file, true);
        assertThat(again.open("k1", sealed)).containsExactly(1, 2, 3);
    }

    @Test
    void theSecretFromTheEnvironmentWinsOverTheFile() {
        Path file = folder.resolve("keys.secret");
        KeyEncryption fromSecret = KeyEncryptionKeys.resolve(SECRET, file, false);
        assertThat(fromSecret.source()).contains("CAMPUS_KEYS_SECRET");
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void aSealedKeyOpensOnlyUnderItsOwnIdAndKey() {
        KeyEncryption encryption = KeyEncryptionKeys.resolve(SECRET, folder.resolve("unused"), false);
        byte[] sealed = encryption.seal("issuer-1", new byte[32]);
        assertThat(sealed).hasSize(1 + 12 + 32 + 16);
        assertThatThrownBy(() -> encryption.open("issuer-2", sealed)).isInstanceOf(KeysUnavailable.class);
        KeyEncryption other = KeyEncryptionKeys.resolve(Base64.getEncoder().encodeToString(new byte[] {
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}),
                folder.resolve("unused"), true);
        assertThatThrownBy(() -> other.open("issuer-1", sealed)).isInstanceOf(KeysUnavailable.class)
                .hasMessageContaining("CAMPUS_KEYS_SECRET");
    }

    @Test
    void aMalformedSecretIsExplained() {
        assertThatThrownBy(() -> KeyEncryptionKeys.resolve("not base64 at all!", folder.resolve("f"), false))
                .isInstanceOf(KeysUnavailable.class).hasMessageContaining("CAMPUS_KEYS_SECRET")
                .hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> KeyEncryptionKeys.resolve(Base64.getEncoder().encodeToString(new byte[16]), folder.resolve("f"), false))
                .isInstanceOf(KeysUnavailable.class).hasMessageContaining("32");
    }

    @Test
    void aMissingKeyFileIsNeverReplacedWhileKeysAreStored() {
        Path file = folder.resolve("lost.secret");
        assertThatThrownBy(() -> KeyEncryptionKeys.resolve("", file, true)).isInstanceOf(KeysUnavailable.class)
                .hasMessageContaining("CAMPUS_KEYS_SECRET").hasMessageContaining("CAMPUS_KEYS_FILE")
                .hasMessageContaining(file.toAbsolutePath().toString());
        assertThat(Files.exists(file)).isFalse();
    }
}
