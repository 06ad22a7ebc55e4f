package campus.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import campus.mail.MailTemplates;
import campus.mail.OutgoingMail;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Mail texts in the recipient's language, with the same bundle settings as the platform's. */
class BundleMailTemplatesTest {

    final MailTemplates templates = new BundleMailTemplates(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("mail-templates/test");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void writesTheMailInTheRecipientsLanguage() {
        OutgoingMail mail = templates.compose("amina@example.org", "fr", "greeting",
                new Object[] {"Campus"}, new Object[] {"Amina", "l’atelier"});
        assertThat(mail).isEqualTo(new OutgoingMail("amina@example.org", "Bienvenue à Campus",
                "Bonjour Amina,\n\nbienvenue à l’atelier ; l’équipe vous attend.\n"));
        assertThat(templates.compose("l@example.org", "es-AR", "greeting", new Object[] {"Campus"}, new Object[] {"Lucía", "Campus"}))
                .extracting(OutgoingMail::subject).isEqualTo("Bienvenida a Campus");
    }

    @Test
    void fallsBackToEnglish() {
        for (String language : new String[] {null, "", " ", "de", "en"}) {
            assertThat(templates.compose("k@example.org", language, "greeting", new Object[] {"Campus"}, new Object[] {"Kwame", "Campus"}))
                    .as("language %s", language)
                    .isEqualTo(new OutgoingMail("k@example.org", "Welcome to Campus", "Hello Kwame,\n\nwelcome to Campus.\n"));
        }
    }

    @Test
    void aLongSubjectIsShortenedToTheColumnAndKeptOnOneLine() {
        String longName = "Économie sociale et solidaire ".repeat(20);
        OutgoingMail mail = templates.compose("a@example.org", "fr", "greeting", new Object[] {longName}, new Object[] {"A", "B"});
        assertThat(mail.subject()).hasSize(OutgoingMail.SUBJECT_LIMIT).startsWith("Bienvenue à Économie").endsWith("…");

        OutgoingMail twoLines = templates.compose("a@example.org", "en", "greeting", new Object[] {"first\r\n  second"}, new Object[] {"A", "B"});
        assertThat(twoLines.subject()).isEqualTo("Welcome to first second");

        String exact = "x".repeat(OutgoingMail.SUBJECT_LIMIT - "Welcome to ".length());
        assertThat(templates.compose("a@example.org", "en", "greeting", new Object[] {exact}, new Object[] {"A", "B"}).subject())
                .as("a subject that fits is kept whole").isEqualTo("Welcome to " + exact);
    }

    @Test
    void shorteningNeverCutsACharacterInTwo() {
        String emoji = "😀".repeat(200); // 400 chars, each emoji a surrogate pair
        String fitted = Lengths.fit(emoji, 300);
        assertThat(fitted).endsWith("…").hasSizeLessThanOrEqualTo(300);
        assertThat(fitted.codePoints().filter(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)).as("a lone half of a pair").isEmpty();
        assertThat(Lengths.fit("short", 300)).isEqualTo("short");
    }

    @Test
    void anUnknownKeyIsAProgrammingError() {
        assertThatThrownBy(() -> templates.compose("a@example.org", "en", "no.such.mail", null, null))
                .isInstanceOf(NoSuchMessageException.class);
    }
}
