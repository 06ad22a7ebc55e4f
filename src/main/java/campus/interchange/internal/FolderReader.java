package campus.interchange.internal;

import campus.interchange.KnownIds;
import campus.interchange.ReadResult;
import campus.reporting.ResultsData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a folder file by file, in an order where every reference points back to a file already read, and
 * returns either all of its data or only its problems: an import is all-or-nothing.
 */
public final class FolderReader {

    private final Path folder;
    private final Problems problems = new Problems();
    private final FolderKeys keys;
    private final RowMappers mappers;

    private FolderReader(Path folder, KnownIds known) {
        this.folder = folder;
        this.keys = FolderKeys.of(known);
        this.mappers = new RowMappers(keys);
    }

    public static ReadResult read(Path folder, KnownIds known) {
        return new FolderReader(folder, known).read();
    }

    private ReadResult read() {
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

    private <T> List<T> rows(InterchangeFile file, Function<Fields, T> mapper) {
        CsvTable table = CsvTable.read(folder, file, problems);
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
        }
        return List.copyOf(records);
    }
}
