package campus.interchange.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * The rows of one file of the folder, with what went wrong reading it: a missing or unreadable file,
 * a header without a required column, malformed CSV, a row with the wrong number of values.
 */
final class CsvTable {

    // Header names are checked here rather than by the parser, which would stop at the first duplicate
    // or empty name instead of letting every problem be told.
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setTrim(true).setIgnoreSurroundingSpaces(true)
            .setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .get();
    // Commons CSV names the line in its message; the number counts physical lines, as ours do.
    private static final Pattern PARSER_LINE = Pattern.compile("(?:startline |line: )(\\d+)");

    private final InterchangeFile file;
    private final boolean present;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Integer> columns = new HashMap<>();
    private int width;
    private boolean complete = true;

    private CsvTable(InterchangeFile file, boolean present) {
        this.file = file;
        this.present = present;
    }

    static CsvTable read(Path folder, InterchangeFile file, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(folder.resolve(file.fileName()));
        } catch (NoSuchFileException e) {
            if (file.required()) {
                problems.addToFile(file, "", "the file is missing; the folder must have it, with the columns "
                        + String.join(", ", file.requiredColumns()));
            }
            return new CsvTable(file, false);
        } catch (IOException e) {
            CsvTable unreadable = new CsvTable(file, true);
            unreadable.fail(problems, 1, "the file cannot be read (" + e + ")");
            return unreadable;
        }
        CsvTable table = new CsvTable(file, true);
        table.parse(Utf8Text.decode(bytes), problems);
        return table;
    }

    /** False when the file is absent (which only an optional file may be). */
    boolean present() {
        return present;
    }

    /** False when some of the file's rows could not be read, so its ids are not all known. */
    boolean complete() {
        return complete;
    }

    boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    List<Row> rows() {
        return rows;
    }

    private void parse(Utf8Text decoded, Problems problems) {
        if (!decoded.valid()) {
            fail(problems, decoded.badLine(), "the file is not UTF-8 text: this line has a character in another "
                    + "encoding; save the file as UTF-8");
            return;
        }
        String text = decoded.text();
        if (text.isBlank()) {
            fail(problems, 1, "the file is empty; expected a header row with the columns "
                    + String.join(", ", file.requiredColumns()));
            return;
        }
        LineIndex lines = LineIndex.of(text);
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            readHeader(parser.getHeaderNames(), problems);
            for (CSVRecord record : parser) {
                addRow(record, lines.lineAt(record.getCharacterPosition()), problems);
            }
        } catch (IOException | UncheckedIOException e) {
            fail(problems, parserLine(e), malformed(e));
        }
    }

    private void readHeader(List<String> names, Problems problems) {
        width = names.size();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim().toLowerCase(Locale.ROOT);
            if (columns.putIfAbsent(name, i) != null && file.columns().contains(name)) {
                problems.addToFile(file, name, "the column appears more than once in the header; keep one");
            }
        }
        for (String required : file.requiredColumns()) {
            if (!columns.containsKey(required)) {
                problems.addToFile(file, required, "required column is missing from the header");
            }
        }
    }

    private void addRow(CSVRecord record, int line, Problems problems) {
        String[] values = record.values();
        // a blank line (or a line of empty cells left by a spreadsheet) is no record at all
        if (Arrays.stream(values).allMatch(String::isBlank)) {
            return;
        }
        if (values.length != width) {
            // more values than columns is most often an unquoted comma, which shifts every later value
            String hint = values.length > width ? "; put a value that contains a comma in double quotes" : "";
            problems.add(file, line, "", "the row has " + values.length + " values but the header has " + width
                    + " columns" + hint);
        }
        rows.add(new Row(line, columns, values));
    }

    private void fail(Problems problems, int line, String message) {
        complete = false;
        problems.add(file, line, "", message);
    }

    private static int parserLine(Exception e) {
        Matcher matcher = PARSER_LINE.matcher(String.valueOf(e.getMessage()));
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 1;
    }

    private static String malformed(Exception e) {
        String reason = String.valueOf(e.getMessage());
        String rest = "; the rest of the file was not read";
        if (reason.contains("EOF reached before encapsulated token finished")) {
            return "a quoted value starting on this line has no closing double quote" + rest;
        }
        if (reason.contains("Invalid character between encapsulated token and delimiter")) {
            return "a quoted value on this line is followed by other characters; "
                    + "write a double quote inside a quoted value as two double quotes" + rest;
        }
        return "the file is not valid CSV here (" + reason + ")" + rest;
    }
}
