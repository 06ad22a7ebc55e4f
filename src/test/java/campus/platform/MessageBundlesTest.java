package campus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** English, French and Spanish stay complete: a key missing in any bundle, or used by a page and missing, fails. */
class MessageBundlesTest {

    static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/messages/messages" + suffix + ".properties")) {
            assertThat(in).as("bundle messages" + suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"_fr", "_es"})
    void everyLanguageHasEveryKeyWithTheSameArguments(String suffix) throws IOException {
        Properties english = bundle("");
        Properties other = bundle(suffix);
        assertThat(new TreeSet<>(other.stringPropertyNames())).as("keys of messages" + suffix)
                .containsExactlyElementsOf(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertThat(argumentIndexes(other.getProperty(key))).as(suffix + " " + key)
                    .isEqualTo(argumentIndexes(english.getProperty(key)));
            // every message must parse, or the page shows the raw pattern
            new MessageFormat(other.getProperty(key), Locale.ROOT);
        }
    }

    @Test
    void everyKeyAPageUsesExists() throws IOException {
        Properties english = bundle("");
        Pattern literalKey = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = literalKey.matcher(Files.readString(template));
                while (m.find()) {
                    if (!english.containsKey(m.group(1))) {
                        missing.add(template.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyCodeShownOnAPageHasAName() throws IOException {
        Properties english = bundle("");
        Set<String> missing = new TreeSet<>();
        check(english, missing, "modality.", campus.shared.Modality.values());
        check(english, missing, "area.", campus.shared.TechnicalArea.values());
        check(english, missing, "kind.", campus.shared.ActivityKind.values());
        check(english, missing, "gender.", campus.shared.Gender.values());
        check(english, missing, "constituent.", campus.shared.Constituent.values());
        check(english, missing, "position.", campus.shared.PositionLevel.values());
        check(english, missing, "role.", campus.shared.Role.values());
        check(english, missing, "language.", campus.shared.LanguageCode.values());
        check(english, missing, "status.", campus.catalogue.ActivityStatus.values());
        check(english, missing, "enrolmentstatus.", campus.enrolment.EnrolmentStatus.values());
        check(english, missing, "enrolment.applied.", campus.enrolment.EnrolmentStatus.PENDING,
                campus.enrolment.EnrolmentStatus.WAITLISTED, campus.enrolment.EnrolmentStatus.ENROLLED);
        check(english, missing, "staff.status.to.", campus.catalogue.ActivityStatus.values());
        assertThat(missing).isEmpty();
    }

    private static void check(Properties bundle, Set<String> missing, String prefix, Enum<?>... values) {
        for (Enum<?> value : values) {
            String key = prefix + value.name().toLowerCase(Locale.ROOT);
            if (!bundle.containsKey(key)) {
                missing.add(key);
            }
        }
    }

    private static Set<String> argumentIndexes(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d)").matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
