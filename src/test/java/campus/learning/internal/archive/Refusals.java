package campus.learning.internal.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;

/** Asserts that reading a zip is refused, and for which reason. */
final class Refusals {

    private Refusals() {
    }

    static void assertRefused(byte[] zip, String messageKey, Object... arguments) {
        assertThatThrownBy(() -> CourseArchive.read(new ByteArrayInputStream(zip)))
                .isInstanceOfSatisfying(ArchiveRefused.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(messageKey);
                    assertThat(e.arguments()).containsExactly(arguments);
                });
    }
}
