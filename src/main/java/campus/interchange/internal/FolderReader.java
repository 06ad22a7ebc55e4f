package campus.interchange.internal;

import campus.interchange.KnownIds;
import campus.interchange.ReadResult;
import campus.reporting.ResultsData;
import campus.interchange.internal.ImportProgress.Phase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a folder, and returns either all of its data or only its problems: an import is all-or-nothing.
 * Every file is parsed first, so that the number of rows to check is known and progress can be told
 * against it; then rows are checked file by file, in an order where every reference points back to a
 * file already checked.
 */
public final class FolderReader {

    // often enough for a person watching, rarely enough to cost nothing next to checking the rows
    static final int PROGRESS_STEP = 1000;

    private final Path folder;
    private final Problems problems = new Problems();
    private final FolderKeys keys;
    private final RowMappers mappers;
    private final ImportProgress progress;
    private final Map<InterchangeFile, CsvTable> tables = new EnumMap<>(InterchangeFile.class);
    private long rowsToCheck;
    private long rowsChecked;

    private FolderReader(Path folder, KnownIds known, ImportProgress progress) {
        this.folder = folder;
        this.keys = FolderKeys.of(known);
        this.mappers = new RowMappers(keys);
        this.progress = progress;
    }

    public static ReadResult read(Path folder, KnownIds known) {
        return read(folder, known, ImportProgress.NONE);
    }

    /** Reads the folder, telling the progress of reading its files and then of checking its rows. */
    public static ReadResult read(Path folder, KnownIds known, ImportProgress progress) {
        return new FolderReader(folder, known, progress).read();
    }

    private ReadResult read() {
        parseAll();
        progress.update(Phase.CHECKING, 0, rowsToCheck);
        var participants = rows(InterchangeFile.PARTICIPANTS, mappers::participant);
        var partners = rows(InterchangeFile.PARTNERS, mappers::partner);
        var activities = rows(InterchangeFile.ACTIVITIES, mappers::activity);
        var enrolments = rows(InterchangeFile.ENROLMENTS, mappers::enrolment);
        var satisfaction = rows(InterchangeFile.SATISFACTION, mappers::satisfaction);
        var knowledgeTests = rows(InterchangeFile.KNOWLEDGE_TESTS, mappers::knowledgeTest);
        var followUps = rows(InterchangeFile.FOLLOW_UPS, mappers::followUp);
        var credentials = rows(InterchangeFile.CREDENTIALS, mappers::credential);
        var credentialViews = rows(InterchangeFile.CREDENTIAL_VIEWS, mappers::credentialView);
        var incomeGroups = new HashMap<String, String>();
        rows(InterchangeFile.INCOME_GROUPS, mappers::incomeGroup)
                .forEach(group -> incomeGroups.put(group.getKey(), group.getValue()));
        if (!problems.isEmpty()) {
            return new ReadResult(null, problems.all());
        }
        return new ReadResult(new ResultsData(participants, partners, activities, enrolments, satisfaction,
                knowledgeTests, followUps, credentials, credentialViews, Map.copyOf(incomeGroups)), List.of());
    }

    private void parseAll() {
        InterchangeFile[] files = InterchangeFile.values();
        progress.update(Phase.READING, 0, files.length);
        for (InterchangeFile file : files) {
            CsvTable table = CsvTable.read(folder, file, problems);
            tables.put(file, table);
            rowsToCheck += table.rows().size();
            progress.update(Phase.READING, tables.size(), files.length);
        }
    }

    private <T> List<T> rows(InterchangeFile file, Function<Fields, T> mapper) {
        // a checked file's rows are let go: only its records are needed from here on
        CsvTable table = tables.remove(file);
        Keys fileKeys = keys.of(file);
        if (fileKeys != null) {
            fileKeys.describe(table);
        }
        List<T> records = new ArrayList<>();
        for (Row row : table.rows()) {
            T record = mapper.apply(new Fields(file, row, problems));
            if (record != null) {
                records.add(record);
            }
            rowsChecked++;
            if (rowsChecked % PROGRESS_STEP == 0 || rowsChecked == rowsToCheck) {
                progress.update(Phase.CHECKING, rowsChecked, rowsToCheck);
            }
        }
        return List.copyOf(records);
    }
}
