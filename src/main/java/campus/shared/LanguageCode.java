package campus.shared;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the platform speaks and offers content in (ISO 639-1). */
public enum LanguageCode {
    EN, FR, ES;

    /** The lower-case name used in the API, the interchange files and message keys. */
    @JsonValue
    public String code() { return name().toLowerCase(); }

    public Locale locale() { return Locale.forLanguageTag(code()); }

    public static List<String> codes() { return Arrays.stream(values()).map(LanguageCode::code).toList(); }

    public static Optional<LanguageCode> find(String code) {
        if (code == null) return Optional.empty();
        return Arrays.stream(values()).filter(l -> l.code().equalsIgnoreCase(code.trim())).findFirst();
    }

    /** The supported language nearest to a visitor's locale; English when none matches. */
    public static LanguageCode of(Locale locale) {
        return locale == null ? EN : find(locale.getLanguage()).orElse(EN);
    }
}
