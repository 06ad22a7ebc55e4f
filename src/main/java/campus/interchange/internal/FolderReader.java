package campus.interchange.internal;

import campus.interchange.KnownIds;
import campus.interchange.ReadResult;
import campus.reporting.ResultsData;
import campus.interchange.internal.ImportProgress.Phase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a folder, and returns either all of its data or only its problems: an import is all-or-nothing.
 * Rows are checked file by file, in an order where every reference points back to a file already checked,
 * while the files after it are still being parsed on a thread of their own (FileParsing). Each file's
 * records are handed on as soon as the file is checked (while the folder has no problem yet), so that
 * writing starts with the first file. Progress is told phase after phase as a person reads it: the files
 * parsed, and only once all are (and so the number of rows to check is known), the rows checked so far.
 */
public final class FolderReader {

    // often enough for a person watching, rarely enough to cost nothing next to checking the rows
    static final int PROGRESS_STEP = 1000;

    private final Path folder;
    private final Problems problems = new Problems();
    private final FolderKeys keys;
    private final RowMappers mappers;
    private final ImportProgress progress;
    private final CheckedFiles checkedFiles;
    private FileParsing parsing;
    private int filesTold;
    private long rowsToCheck = -1;
    private long rowsChecked;
    private long rowsTold = -1;
    private boolean toldFailed;

    private FolderReader(Path folder, KnownIds known, ImportProgress progress, CheckedFiles checkedFiles) {
        this.folder = folder;
        this.keys = FolderKeys.of(known);
        this.mappers = new RowMappers(keys);
        this.progress = progress;
        this.checkedFiles = checkedFiles;
    }

    public static ReadResult read(Path folder, KnownIds known) {
        return read(folder, known, ImportProgress.NONE);
    }

    /** Reads the folder, telling the progress of reading its files and then of checking its rows. */
    public static ReadResult read(Path folder, KnownIds known, ImportProgress progress) {
        return read(folder, known, progress, CheckedFiles.NONE);
    }

    /** As {@link #read(Path, KnownIds, ImportProgress)}, handing each file's records on once the file is checked. */
    static ReadResult read(Path folder, KnownIds known, ImportProgress progress, CheckedFiles checkedFiles) {
        return new FolderReader(folder, known, progress, checkedFiles).read();
    }

    private ReadResult read() {
        progress.update(Phase.READING, 0, InterchangeFile.values().length);
        parsing = FileParsing.start(folder);
        try {
            return checkAll();
        } finally {
            parsing.stop();
        }
    }

    private ReadResult checkAll() {
        var participants = checked(rows(InterchangeFile.PARTICIPANTS, mappers::participant), ResultsData.empty()::withParticipants);
        var partners = checked(rows(InterchangeFile.PARTNERS, mappers::partner), ResultsData.empty()::withPartners);
        var activities = checked(rows(InterchangeFile.ACTIVITIES, mappers::activity), ResultsData.empty()::withActivities);
        var enrolments = checked(rows(InterchangeFile.ENROLMENTS, mappers::enrolment), ResultsData.empty()::withEnrolments);
        var satisfaction = checked(rows(InterchangeFile.SATISFACTION, mappers::satisfaction),
                ResultsData.empty()::withSatisfaction);
        var knowledgeTests = checked(rows(InterchangeFile.KNOWLEDGE_TESTS, mappers::knowledgeTest),
                ResultsData.empty()::withKnowledgeTests);
        var followUps = checked(rows(InterchangeFile.FOLLOW_UPS, mappers::followUp), ResultsData.empty()::withFollowUps);
        var credentials = checked(rows(InterchangeFile.CREDENTIALS, mappers::credential), ResultsData.empty()::withCredentials);
        var credentialViews = checked(rows(InterchangeFile.CREDENTIAL_VIEWS, mappers::credentialView),
                ResultsData.empty()::withCredentialViews);
        var incomeGroups = new HashMap<String, String>();
        rows(InterchangeFile.INCOME_GROUPS, mappers::incomeGroup)
                .forEach(group -> incomeGroups.put(group.getKey(), group.getValue()));
        checked(Map.copyOf(incomeGroups), ResultsData.empty()::withIncomeGroups);
        if (!problems.isEmpty()) {
            return new ReadResult(null, problems.all());
        }
        return new ReadResult(new ResultsData(participants, partners, activities, enrolments, satisfaction,
                knowledgeTests, followUps, credentials, credentialViews, Map.copyOf(incomeGroups)), List.of());
    }

    /** Hands a checked file's records on, or tells once that the folder will not be written. */
    private <T> T checked(T records, Function<T, ResultsData> part) {
        if (problems.isEmpty()) {
            checkedFiles.checked(part.apply(records));
        } else if (!toldFailed) {
            toldFailed = true;
            checkedFiles.failed();
        }
        return records;
    }

    /**
     * Tells how far the read has got: files parsed while some are not yet, then rows checked out of all the
     * rows (a phase's count only grows, and the same count is never told twice).
     */
    private void tell() {
        int files = InterchangeFile.values().length;
        if (rowsToCheck < 0) {
            int parsed = parsing.filesParsed();
            if (parsed > filesTold) {
                filesTold = parsed;
                progress.update(Phase.READING, parsed, files);
            }
            if (parsed < files) {
                return;
            }
            rowsToCheck = parsing.rowsParsed();
        }
        if (rowsChecked > rowsTold) {
            rowsTold = rowsChecked;
            progress.update(Phase.CHECKING, rowsChecked, rowsToCheck);
        }
    }

    private <T> List<T> rows(InterchangeFile file, Function<Fields, T> mapper) {
        FileParsing.Parsed parsed = parsing.take(file);
        problems.addAll(file, parsed.problems());
        // a checked file's rows are let go with its local: only its records are needed from here on
        CsvTable table = parsed.table();
        tell();
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
                tell();
            }
        }
        return List.copyOf(records);
    }
}
