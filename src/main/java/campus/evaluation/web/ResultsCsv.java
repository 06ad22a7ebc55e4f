package campus.evaluation.web;

import campus.evaluation.internal.ItemKind;
import campus.evaluation.internal.ItemResults;
import campus.evaluation.internal.ResultsFilter;
import campus.evaluation.internal.SurveyItem;
import campus.evaluation.internal.SurveyResultsView;
import campus.evaluation.internal.ValueCount;
import campus.shared.CsvCells;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Survey results as CSV (RFC 4180, UTF-8): one row per item and value, and one per text written.
 * Every row repeats the survey and its counts so that it reads alone in a spreadsheet. Numbers are
 * plain: a mean to two decimals, shares and the response rate as fractions 0–1 to four decimals.
 * Scale rows have the values 1 to 5, yes/no rows the values yes and no; text rows leave value,
 * count and share empty and hold one text each, in the order of the page (alphabetical).
 */
final class ResultsCsv {

    static final String[] HEADER = {"survey", "responses", "asked", "response_rate", "item", "label", "kind", "n",
            "mean", "value", "count", "share", "text"};

    private ResultsCsv() {
    }

    static void write(SurveyResultsView results, Function<SurveyItem, String> label, HttpServletResponse response)
            throws IOException {
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (ItemResults item : results.items()) {
                for (List<Object> row : rows(item)) {
                    List<Object> line = new ArrayList<>(List.of(results.filter().survey().code(), results.responses(),
                            results.asked(), plain(results.responseRate()), item.item().code(),
                            CsvCells.safe(label.apply(item.item())), item.item().kind().code(), item.n(), plain(item.mean())));
                    line.addAll(row);
                    csv.printRecord(line);
                }
            }
        }
    }

    /** value, count, share, text of each row of an item. */
    private static List<List<Object>> rows(ItemResults item) {
        List<List<Object>> rows = new ArrayList<>();
        if (item.item().kind() == ItemKind.TEXT) {
            for (String text : item.texts()) {
                rows.add(List.of("", "", "", CsvCells.safe(text)));
            }
            if (rows.isEmpty()) {
                rows.add(List.of("", "", "", "")); // the item is listed even when no one wrote anything
            }
            return rows;
        }
        for (ValueCount v : item.distribution()) {
            Object value = item.item().kind() == ItemKind.YES_NO ? (v.value() == 1 ? "yes" : "no") : v.value();
            rows.add(List.of(value, v.count(), plain(v.share()), ""));
        }
        return rows;
    }

    /** The file's name says what it holds, in characters every system accepts. */
    static String fileName(ResultsFilter filter) {
        StringBuilder name = new StringBuilder("survey-results-").append(filter.survey().code());
        if (filter.activityId() != null) {
            name.append("-activity-").append(filter.activityId());
        }
        if (filter.area() != null) {
            name.append('-').append(filter.area().code());
        }
        if (filter.from() != null) {
            name.append("-from-").append(filter.from());
        }
        if (filter.to() != null) {
            name.append("-to-").append(filter.to());
        }
        return name.append(".csv").toString();
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.toPlainString();
    }
}
