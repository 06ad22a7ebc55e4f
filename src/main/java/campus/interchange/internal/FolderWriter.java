package campus.interchange.internal;

import campus.reporting.ResultsData;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes results data as an interchange folder in the format's canonical form, which the reader reads back
 * to equal data. Values are written as they are: no spreadsheet-formula escaping, which would not read back.
 */
public final class FolderWriter {

    private FolderWriter() {
    }

    public static void write(ResultsData data, Path folder) throws IOException {
        Files.createDirectories(folder);
        write(folder, InterchangeFile.PARTICIPANTS, data.participants(), p -> values(p.id(), code(p.gender()),
                p.birthYear(), country(p.country()), code(p.constituent()), code(p.positionLevel()), p.givenName(),
                p.familyName(), p.email()));
        write(folder, InterchangeFile.PARTNERS, data.partners(), p -> values(p.id(), p.name(), country(p.country())));
        write(folder, InterchangeFile.ACTIVITIES, data.activities(), a -> values(a.id(), a.title(),
                a.modality() == null ? null : a.modality().code(), a.startDate(), a.endDate(), code(a.language()),
                a.partnerId()));
        write(folder, InterchangeFile.ENROLMENTS, data.enrolments(), e -> values(e.id(), e.participantId(),
                e.activityId(), e.enrolledOn(), code(e.status()), e.completedOn()));
        write(folder, InterchangeFile.SATISFACTION, data.satisfaction(), s -> values(s.enrolmentId(), s.submittedOn(),
                s.overall()));
        write(folder, InterchangeFile.KNOWLEDGE_TESTS, data.knowledgeTests(), k -> values(k.enrolmentId(),
                score(k.preScore()), score(k.postScore())));
        write(folder, InterchangeFile.FOLLOW_UPS, data.followUps(), f -> values(f.enrolmentId(), f.respondedOn(),
                yesNo(f.canApply()), yesNo(f.exampleGiven())));
        write(folder, InterchangeFile.CREDENTIALS, data.credentials(), c -> values(c.credentialId(), c.enrolmentId(),
                c.issuedOn()));
        // Instant.toString is ISO 8601 in UTC with a Z, the form the format writes date-times in
        write(folder, InterchangeFile.CREDENTIAL_VIEWS, data.credentialViews(), v -> values(v.credentialId(),
                v.viewedAt(), v.viewerId()));
        Map<String, String> incomeGroups = data.incomeGroups() == null ? Map.of() : data.incomeGroups();
        // an absent file keeps the built-in World Bank table, so no table is no file, not an empty one; and a
        // file left by an earlier export into the same folder must go, or it would be read back as this data's
        if (incomeGroups.isEmpty()) {
            Files.deleteIfExists(folder.resolve(InterchangeFile.INCOME_GROUPS.fileName()));
        } else {
            write(folder, InterchangeFile.INCOME_GROUPS, List.copyOf(new TreeMap<>(incomeGroups).entrySet()),
                    e -> values(country(e.getKey()), code(e.getValue())));
        }
    }

    private static <T> void write(Path folder, InterchangeFile file, List<T> records, Function<T, List<String>> row)
            throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(file.columns().toArray(String[]::new)).get();
        try (Writer out = Files.newBufferedWriter(folder.resolve(file.fileName()), StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, format)) {
            for (T record : records) {
                printer.printRecord(row.apply(record));
            }
        }
    }

    /** Every value as text, null as an empty cell. */
    private static List<String> values(Object... values) {
        return Arrays.stream(values).map(v -> v == null ? "" : v.toString()).toList();
    }

    private static String code(String code) {
        return code == null ? null : code.toLowerCase(Locale.ROOT);
    }

    private static String country(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    // the shortest decimal that reads back to the same double, without an exponent or a needless ".0"
    private static String score(double score) {
        return BigDecimal.valueOf(score).stripTrailingZeros().toPlainString();
    }
}
