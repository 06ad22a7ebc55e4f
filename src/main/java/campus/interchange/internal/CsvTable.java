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
                problems.addToFile(file, "", "interchange.problem.fileMissing", String.join(", ", file.requiredColumns()));
            }
            return new CsvTable(file, false);
        } catch (IOException e) {
            CsvTable unreadable = new CsvTable(file, true);
            unreadable.fail(problems, 1, "interchange.problem.unreadable", e.toString());
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
            fail(problems, decoded.badLine(), "interchange.problem.notUtf8");
            return;
        }
        String text = decoded.text();
        if (text.isBlank()) {
            fail(problems, 1, "interchange.problem.fileEmpty", String.join(", ", file.requiredColumns()));
            return;
        }
        LineIndex lines = LineIndex.of(text);
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            readHeader(parser.getHeaderNames(), problems);
            for (CSVRecord record : parser) {
                addRow(record, lines.lineAt(record.getCharacterPosition()), problems);
            }
        } catch (IOException | UncheckedIOException e) {
            malformed(problems, e);
        }
    }

    private void readHeader(List<String> names, Problems problems) {
        width = names.size();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim().toLowerCase(Locale.ROOT);
            if (columns.putIfAbsent(name, i) != null && file.columns().contains(name)) {
                problems.addToFile(file, name, "interchange.problem.columnTwice");
            }
        }
        for (String required : file.requiredColumns()) {
            if (!columns.containsKey(required)) {
                problems.addToFile(file, required, "interchange.problem.missingColumn");
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
            String key = values.length > width ? "interchange.problem.rowWidth.tooMany" : "interchange.problem.rowWidth";
            problems.add(file, line, "", key, values.length, width);
        }
        rows.add(new Row(line, columns, values));
    }

    private void fail(Problems problems, int line, String key, Object... arguments) {
        complete = false;
        problems.add(file, line, "", key, arguments);
    }

    private static int parserLine(Exception e) {
        Matcher matcher = PARSER_LINE.matcher(String.valueOf(e.getMessage()));
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 1;
    }

    private void malformed(Problems problems, Exception e) {
        String reason = String.valueOf(e.getMessage());
        int line = parserLine(e);
        if (reason.contains("EOF reached before encapsulated token finished")) {
            fail(problems, line, "interchange.problem.unclosedQuote");
        } else if (reason.contains("Invalid character between encapsulated token and delimiter")) {
            fail(problems, line, "interchange.problem.afterQuote");
        } else {
            fail(problems, line, "interchange.problem.notCsv", reason);
        }
    }
}
