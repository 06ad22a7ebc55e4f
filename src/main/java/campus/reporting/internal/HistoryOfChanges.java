package campus.reporting.internal;

import campus.reporting.ResultsData;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * The read model's change log (results_change), written in the transaction that changes the model: for each
 * version, the keys it touched. A save of more than {@link #ITEMISED_UP_TO} records (an import) or of a new
 * income table is logged as "all", which sends every index holder to a rebuild.
 */
final class HistoryOfChanges {

    static final int ITEMISED_UP_TO = 1_000;
    static final String ENROLMENT = "enrolment";

    /** Versions kept: an index further behind than this is rebuilt rather than patched. */
    static final long KEPT = 10_000;

    private static final String ALL = "all";
    private static final String NONE = "none";
    private static final char SEPARATOR = '\t';

    private final DSLContext db;

    HistoryOfChanges(DSLContext db) {
        this.db = db;
    }

    /** Whether a save is small enough to be logged key by key. */
    static boolean itemised(ResultsData d) {
        return d.incomeGroups().isEmpty() && d.records() <= ITEMISED_UP_TO;
    }

    void log(long version, ResultsData d, boolean itemised) {
        List<String[]> rows = new ArrayList<>();
        if (!itemised) {
            rows.add(new String[] {ALL, ""});
        } else {
            add(rows, "participant", d.participants(), ResultsData.Participant::id);
            add(rows, "partner", d.partners(), ResultsData.Partner::id);
            add(rows, "activity", d.activities(), ResultsData.Activity::id);
            add(rows, ENROLMENT, d.enrolments(), ResultsData.Enrolment::id);
            add(rows, "satisfaction", d.satisfaction(), ResultsData.Satisfaction::enrolmentId);
            add(rows, "knowledge", d.knowledgeTests(), ResultsData.KnowledgeTest::enrolmentId);
            add(rows, "followup", d.followUps(), ResultsData.FollowUp::enrolmentId);
            add(rows, "credential", d.credentials(), ResultsData.Credential::credentialId);
            add(rows, "view", d.credentialViews(), v -> v.credentialId() + SEPARATOR + v.viewedAt() + SEPARATOR + v.viewerId());
        }
        if (rows.isEmpty()) {
            rows.add(new String[] {NONE, ""});
        }
        insert(version, rows);
    }

    void log(long version, String kind, String item) {
        insert(version, List.<String[]>of(new String[] {kind, item}));
    }

    /** Drops what no index holder may still need, now and then (every thousandth version). */
    void forgetBefore(long version) {
        if (version % 1_000 == 0) {
            db.execute("DELETE FROM results_change WHERE version <= ?", version - KEPT);
        }
    }

    /** The keys changed after {@code from} up to {@code to}; null when a version there is not itemised or not kept. */
    ResultsChanges since(long from, long to) {
        if (to - from > KEPT) {
            return null;
        }
        Set<Long> versions = new java.util.HashSet<>();
        Set<String> participants = new LinkedHashSet<>(), activities = new LinkedHashSet<>(), enrolments = new LinkedHashSet<>(),
                satisfaction = new LinkedHashSet<>(), knowledge = new LinkedHashSet<>(), followUps = new LinkedHashSet<>(),
                credentials = new LinkedHashSet<>();
        List<ResultsData.CredentialView> views = new ArrayList<>();
        boolean[] rebuild = {false};
        db.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT version, kind, item FROM results_change WHERE version > ? AND version <= ? ORDER BY version")) {
                statement.setLong(1, from);
                statement.setLong(2, to);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        versions.add(rows.getLong(1));
                        String item = rows.getString(3);
                        switch (rows.getString(2)) {
                            case "participant" -> participants.add(item);
                            case "activity" -> activities.add(item);
                            case ENROLMENT -> enrolments.add(item);
                            case "satisfaction" -> satisfaction.add(item);
                            case "knowledge" -> knowledge.add(item);
                            case "followup" -> followUps.add(item);
                            case "credential" -> credentials.add(item);
                            case "view" -> views.add(view(item));
                            case "partner", NONE -> { }
                            default -> rebuild[0] = true;
                        }
                    }
                }
            }
        });
        if (rebuild[0] || versions.size() != to - from) {
            return null;
        }
        return new ResultsChanges(participants, activities, enrolments, satisfaction, knowledge, followUps, credentials, views);
    }

    private static ResultsData.CredentialView view(String item) {
        int first = item.indexOf(SEPARATOR), second = item.indexOf(SEPARATOR, first + 1);
        return new ResultsData.CredentialView(item.substring(0, first), Instant.parse(item.substring(first + 1, second)),
                item.substring(second + 1));
    }

    private static <T> void add(List<String[]> rows, String kind, List<T> records, Function<T, String> key) {
        new LinkedHashSet<>(records.stream().map(key).toList()).forEach(item -> rows.add(new String[] {kind, item}));
    }

    private void insert(long version, List<String[]> rows) {
        db.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO results_change (version, kind, item) VALUES (?, ?, ?)")) {
                for (String[] row : rows) {
                    statement.setLong(1, version);
                    statement.setString(2, row[0]);
                    statement.setString(3, row[1]);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
    }
}
