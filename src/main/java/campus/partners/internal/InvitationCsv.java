package campus.partners.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an invitation file (header name,email,language) and checks what can be checked without the database.
 * Every bad row is told, each of its problems with its line, so the administrator fixes the file in one pass;
 * the good rows are kept. A file too large or without the right header is refused as a whole.
 */
final class InvitationCsv {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ROWS = 5000;
    static final List<String> HEADER = List.of("name", "email", "language");
    static final int NAME_LIMIT = 200;
    static final int EMAIL_LIMIT = 254;
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get();

    /** A row that passed every check; language is empty when the file left it to the space. */
    record Invitee(int line, String name, String email, String language) {
    }

    record Result(List<Invitee> invitees, List<RowProblem> problems) {

        static Result refused(String messageKey, Object... arguments) {
            return new Result(List.of(), List.of(RowProblem.ofFile(messageKey, arguments)));
        }
    }

    private InvitationCsv() {
    }

    static Result read(byte[] content) {
        if (content == null || content.length == 0) {
            return Result.refused("partners.invite.empty");
        }
        if (content.length > MAX_BYTES) {
            return Result.refused("partners.invite.tooLarge", MAX_ROWS);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return Result.refused("partners.invite.notUtf8");
        }
        // spreadsheets saving "CSV UTF-8" put a byte-order mark before the header
        return read(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static Result read(String text) {
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException e) {
            return Result.refused("partners.invite.malformed");
        }
        if (records.isEmpty() || !HEADER.equals(records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList())) {
            return Result.refused("partners.invite.header");
        }
        if (records.size() - 1 > MAX_ROWS) {
            return Result.refused("partners.invite.tooLarge", MAX_ROWS);
        }
        Lines lines = new Lines(text);
        List<Invitee> invitees = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            int line = lines.at(record.getCharacterPosition());
            List<String> values = record.stream().map(String::strip).toList();
            if (values.stream().allMatch(String::isEmpty)) {
                continue; // a blank line, or a spreadsheet's empty row
            }
            if (values.size() != HEADER.size()) {
                problems.add(RowProblem.at(line, "", "partners.invite.columns", HEADER.size(), values.size()));
                continue;
            }
            int before = problems.size();
            String name = values.get(0);
            String email = values.get(1).toLowerCase(Locale.ROOT);
            String language = values.get(2).toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                problems.add(RowProblem.at(line, "name", "partners.invite.name.empty"));
            } else if (name.length() > NAME_LIMIT) {
                problems.add(RowProblem.at(line, "name", "partners.invite.name.tooLong", NAME_LIMIT));
            }
            if (email.length() > EMAIL_LIMIT || !EMAIL.matcher(email).matches()) {
                problems.add(RowProblem.at(line, "email", "partners.invite.email.invalid"));
            } else if (seen.containsKey(email)) {
                problems.add(RowProblem.at(line, "email", "partners.invite.email.twice", seen.get(email)));
            } else {
                seen.put(email, line);
            }
            if (!language.isEmpty() && !campus.shared.LanguageCode.codes().contains(language)) {
                problems.add(RowProblem.at(line, "language", "partners.invite.language.unknown"));
            }
            if (problems.size() == before) {
                invitees.add(new Invitee(line, name, email, language));
            }
        }
        return new Result(invitees, problems);
    }

    /** Physical line numbers, as an editor shows them: a quoted value may span lines. */
    private static final class Lines {

        private final int[] starts;

        Lines(String text) {
            List<Integer> found = new ArrayList<>(List.of(0));
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        int at(long position) {
            int index = java.util.Arrays.binarySearch(starts, (int) position);
            return (index >= 0 ? index : -index - 2) + 1;
        }
    }
}
