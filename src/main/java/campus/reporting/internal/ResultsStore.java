package campus.reporting.internal;

import static org.campus.db.Tables.RESULTS_ACTIVITY;
import static org.campus.db.Tables.RESULTS_CREDENTIAL;
import static org.campus.db.Tables.RESULTS_CREDENTIAL_VIEW;
import static org.campus.db.Tables.RESULTS_ENROLMENT;
import static org.campus.db.Tables.RESULTS_FOLLOWUP;
import static org.campus.db.Tables.RESULTS_INCOME_GROUP;
import static org.campus.db.Tables.RESULTS_KNOWLEDGE_TEST;
import static org.campus.db.Tables.RESULTS_PARTICIPANT;
import static org.campus.db.Tables.RESULTS_PARTNER;
import static org.campus.db.Tables.RESULTS_SATISFACTION;
import static org.campus.db.Tables.RESULTS_VERSION;

import campus.reporting.ResultsData;
import campus.shared.Modality;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.springframework.stereotype.Repository;

/**
 * The results read model: loads everything the report needs, and merges data in by external id,
 * so that saving the same data twice changes nothing.
 */
@Repository
public class ResultsStore {

    private static final int BATCH = 1000;

    private final DSLContext db;
    private final HistoryOfChanges changes;

    ResultsStore(DSLContext db) {
        this.db = db;
        this.changes = new HistoryOfChanges(db);
    }

    /**
     * Everything the report needs, read with plain JDBC: at a million enrolments the read model is
     * millions of rows, and materialising each as a jOOQ record first doubled the time of the first
     * report after a start.
     */
    public ResultsData load() {
        Map<String, String> incomeGroups = new HashMap<>();
        rows("SELECT country, income_group FROM results_income_group", r -> incomeGroups.put(r.getString(1), r.getString(2)));
        List<ResultsData.Participant> participants = rows(PARTICIPANTS, ResultsStore::participant);
        List<ResultsData.Partner> partners = rows("SELECT id, name, country FROM results_partner",
                r -> new ResultsData.Partner(r.getString(1), r.getString(2), r.getString(3)));
        List<ResultsData.Activity> activities = rows(ACTIVITIES, ResultsStore::activity);
        List<ResultsData.Enrolment> enrolments = rows(ENROLMENTS, ResultsStore::enrolment);
        List<ResultsData.Satisfaction> satisfaction = rows(SATISFACTION, ResultsStore::satisfaction);
        List<ResultsData.KnowledgeTest> knowledge = rows(KNOWLEDGE, ResultsStore::knowledge);
        List<ResultsData.FollowUp> followUps = rows(FOLLOW_UPS, ResultsStore::followUp);
        List<ResultsData.Credential> credentials = rows(CREDENTIALS, ResultsStore::credential);
        List<ResultsData.CredentialView> views = rows("SELECT credential_id, viewed_at, viewer_id FROM results_credential_view",
                ResultsStore::credentialView);
        return new ResultsData(participants, partners, activities, enrolments, satisfaction, knowledge, followUps, credentials,
                views, incomeGroups);
    }

    /**
     * What one partner's report is computed from: its activities, their enrolments and what hangs on them, the
     * learners of those enrolments, and the income table. Read by the partner's keys rather than by loading the
     * whole model and filtering it, so a partner's dashboard on a platform with a million enrolments waits for its
     * own rows only (the caller still filters with ResultsReport.forPartner, so these queries need only find a
     * superset).
     */
    public ResultsData loadForPartner(String partnerId) {
        Map<String, String> incomeGroups = new HashMap<>();
        rows("SELECT country, income_group FROM results_income_group", r -> incomeGroups.put(r.getString(1), r.getString(2)));
        List<ResultsData.Partner> partners = rows("SELECT id, name, country FROM results_partner WHERE id = ?",
                r -> new ResultsData.Partner(r.getString(1), r.getString(2), r.getString(3)), partnerId);
        List<ResultsData.Activity> activities = rows(ACTIVITIES + " WHERE partner_id = ?", ResultsStore::activity, partnerId);
        List<ResultsData.Enrolment> enrolments = rows(ENROLMENTS + " WHERE activity_id IN (" + PARTNER_ACTIVITIES + ")",
                ResultsStore::enrolment, partnerId);
        Set<String> enrolmentIds = new java.util.HashSet<>();
        Set<String> learners = new java.util.HashSet<>();
        enrolments.forEach(e -> {
            enrolmentIds.add(e.id());
            learners.add(e.participantId());
        });
        List<ResultsData.Participant> participants = rowsWhereIn(PARTICIPANTS, "id", learners, ResultsStore::participant);
        List<ResultsData.Satisfaction> satisfaction = rowsWhereIn(SATISFACTION, "enrolment_id", enrolmentIds,
                ResultsStore::satisfaction);
        List<ResultsData.KnowledgeTest> knowledge = rowsWhereIn(KNOWLEDGE, "enrolment_id", enrolmentIds, ResultsStore::knowledge);
        List<ResultsData.FollowUp> followUps = rowsWhereIn(FOLLOW_UPS, "enrolment_id", enrolmentIds, ResultsStore::followUp);
        // credentials have no index by enrolment: one pass over them, kept when they are of the partner's enrolments
        // (H2's IN over a subquery of the partner's enrolments took about as long as reading the enrolments did)
        List<ResultsData.Credential> credentials = rows(CREDENTIALS,
                r -> enrolmentIds.contains(r.getString(2)) ? credential(r) : null);
        Set<String> credentialIds = new java.util.HashSet<>();
        credentials.forEach(c -> credentialIds.add(c.credentialId()));
        List<ResultsData.CredentialView> views = rowsWhereIn("SELECT credential_id, viewed_at, viewer_id FROM results_credential_view",
                "credential_id", credentialIds, ResultsStore::credentialView);
        return new ResultsData(participants, partners, activities, enrolments, satisfaction, knowledge, followUps, credentials,
                views, incomeGroups);
    }

    private static final String PARTNER_ACTIVITIES = "SELECT id FROM results_activity WHERE partner_id = ?";

    private static ResultsData.CredentialView credentialView(java.sql.ResultSet r) throws java.sql.SQLException {
        return new ResultsData.CredentialView(r.getString(1), r.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                r.getString(3));
    }

    private static final String PARTICIPANTS = "SELECT id, gender, birth_year, country, constituent, position_level,"
            + " given_name, family_name, email FROM results_participant";
    private static final String ACTIVITIES = "SELECT id, title, modality, start_date, end_date, language, partner_id"
            + " FROM results_activity";
    private static final String ENROLMENTS = "SELECT id, participant_id, activity_id, enrolled_on, status, completed_on"
            + " FROM results_enrolment";
    private static final String SATISFACTION = "SELECT enrolment_id, submitted_on, overall FROM results_satisfaction";
    private static final String KNOWLEDGE = "SELECT enrolment_id, pre_score, post_score FROM results_knowledge_test";
    private static final String FOLLOW_UPS = "SELECT enrolment_id, responded_on, can_apply, example_given FROM results_followup";
    private static final String CREDENTIALS = "SELECT id, enrolment_id, issued_on FROM results_credential";

    private static ResultsData.Participant participant(java.sql.ResultSet r) throws java.sql.SQLException {
        return new ResultsData.Participant(r.getString(1), r.getString(2), integer(r, 3), r.getString(4), r.getString(5),
                r.getString(6), r.getString(7), r.getString(8), r.getString(9));
    }

    private static ResultsData.Activity activity(java.sql.ResultSet r) throws java.sql.SQLException {
        return new ResultsData.Activity(r.getString(1), r.getString(2), Modality.of(r.getString(3)), date(r, 4), date(r, 5),
                r.getString(6), r.getString(7));
    }

    private static ResultsData.Enrolment enrolment(java.sql.ResultSet r) throws java.sql.SQLException {
        return new ResultsData.Enrolment(r.getString(1), r.getString(2), r.getString(3), date(r, 4), r.getString(5), date(r, 6));
    }

    private static ResultsData.Satisfaction satisfaction(java.sql.ResultSet r) throws java.sql.SQLException {
        return new ResultsData.Satisfaction(r.getString(1), date(r, 2), r.getInt(3));
    }

    private static ResultsData.KnowledgeTest knowledge(java.sql.ResultSet r) throws java.sql.SQLException {
        return new ResultsData.KnowledgeTest(r.getString(1), r.getDouble(2), r.getDouble(3));
    }

    private static ResultsData.FollowUp followUp(java.sql.ResultSet r) throws java.sql.SQLException {
        return new ResultsData.FollowUp(r.getString(1), date(r, 2), r.getBoolean(3), r.getBoolean(4));
    }

    private static ResultsData.Credential credential(java.sql.ResultSet r) throws java.sql.SQLException {
        return new ResultsData.Credential(r.getString(1), r.getString(2), date(r, 3));
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(java.sql.ResultSet row) throws java.sql.SQLException;
    }

    /** The rows of a query, each {@code ?} bound in turn to the parameters; a row the reader reads as null is left out. */
    private <T> List<T> rows(String sql, RowReader<T> reader, String... parameters) {
        boolean h2 = db.dialect().family() == org.jooq.SQLDialect.H2;
        return db.connectionResult(connection -> {
            try (java.sql.Statement session = connection.createStatement()) {
                // H2 otherwise materialises a large result first, spilling it to temporary files; PostgreSQL
                // streams with a cursor (inside a transaction) instead of buffering every row
                if (h2) {
                    session.execute("SET LAZY_QUERY_EXECUTION TRUE");
                }
                try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setFetchSize(10_000);
                    for (int i = 0; i < parameters.length; i++) {
                        statement.setString(i + 1, parameters[i]);
                    }
                    try (java.sql.ResultSet rows = statement.executeQuery()) {
                        List<T> read = new java.util.ArrayList<>();
                        while (rows.next()) {
                            T row = reader.read(rows);
                            if (row != null) {
                                read.add(row);
                            }
                        }
                        return read;
                    }
                } finally {
                    if (h2) {
                        session.execute("SET LAZY_QUERY_EXECUTION FALSE");
                    }
                }
            }
        });
    }

    private static Integer integer(java.sql.ResultSet row, int column) throws java.sql.SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static java.time.LocalDate date(java.sql.ResultSet row, int column) throws java.sql.SQLException {
        return row.getObject(column, java.time.LocalDate.class);
    }

    /** Merges the data in by id (one prepared statement per table, bound in batches); an income table replaces the one held. */
    public void save(ResultsData d) {
        save(d, written -> { });
    }

    /** As {@link #save(ResultsData)}, telling after each batch how many records are written so far. */
    public void save(ResultsData d, LongConsumer written) {
        long version = changed();
        boolean itemised = HistoryOfChanges.itemised(d);
        if (itemised) {
            // a view is all key: only the ones not held yet are new, and only those may be counted again by a patch
            d = d.withCredentialViews(d.credentialViews().stream().distinct().filter(v -> !holds(v)).toList());
        }
        changes.log(version, d, itemised);
        Written counted = new Written(written);
        upsert(counted, RESULTS_PARTICIPANT, d.participants(), p -> new Object[] {p.id(), p.gender(), p.birthYear(), p.country(),
                p.constituent(), p.positionLevel(), p.givenName(), p.familyName(), p.email()},
                RESULTS_PARTICIPANT.ID, RESULTS_PARTICIPANT.GENDER, RESULTS_PARTICIPANT.BIRTH_YEAR, RESULTS_PARTICIPANT.COUNTRY,
                RESULTS_PARTICIPANT.CONSTITUENT, RESULTS_PARTICIPANT.POSITION_LEVEL, RESULTS_PARTICIPANT.GIVEN_NAME,
                RESULTS_PARTICIPANT.FAMILY_NAME, RESULTS_PARTICIPANT.EMAIL);
        upsert(counted, RESULTS_PARTNER, d.partners(), p -> new Object[] {p.id(), p.name(), p.country()},
                RESULTS_PARTNER.ID, RESULTS_PARTNER.NAME, RESULTS_PARTNER.COUNTRY);
        upsert(counted, RESULTS_ACTIVITY, d.activities(), a -> new Object[] {a.id(), a.title(), a.modality().code(), a.startDate(),
                a.endDate(), a.language(), a.partnerId()},
                RESULTS_ACTIVITY.ID, RESULTS_ACTIVITY.TITLE, RESULTS_ACTIVITY.MODALITY, RESULTS_ACTIVITY.START_DATE,
                RESULTS_ACTIVITY.END_DATE, RESULTS_ACTIVITY.LANGUAGE, RESULTS_ACTIVITY.PARTNER_ID);
        upsert(counted, RESULTS_ENROLMENT, d.enrolments(), e -> new Object[] {e.id(), e.participantId(), e.activityId(), e.enrolledOn(),
                e.status(), e.completedOn()},
                RESULTS_ENROLMENT.ID, RESULTS_ENROLMENT.PARTICIPANT_ID, RESULTS_ENROLMENT.ACTIVITY_ID,
                RESULTS_ENROLMENT.ENROLLED_ON, RESULTS_ENROLMENT.STATUS, RESULTS_ENROLMENT.COMPLETED_ON);
        upsert(counted, RESULTS_SATISFACTION, d.satisfaction(), s -> new Object[] {s.enrolmentId(), s.submittedOn(), s.overall()},
                RESULTS_SATISFACTION.ENROLMENT_ID, RESULTS_SATISFACTION.SUBMITTED_ON, RESULTS_SATISFACTION.OVERALL);
        upsert(counted, RESULTS_KNOWLEDGE_TEST, d.knowledgeTests(), k -> new Object[] {k.enrolmentId(), k.preScore(), k.postScore()},
                RESULTS_KNOWLEDGE_TEST.ENROLMENT_ID, RESULTS_KNOWLEDGE_TEST.PRE_SCORE, RESULTS_KNOWLEDGE_TEST.POST_SCORE);
        upsert(counted, RESULTS_FOLLOWUP, d.followUps(), f -> new Object[] {f.enrolmentId(), f.respondedOn(), f.canApply(),
                f.exampleGiven()},
                RESULTS_FOLLOWUP.ENROLMENT_ID, RESULTS_FOLLOWUP.RESPONDED_ON, RESULTS_FOLLOWUP.CAN_APPLY,
                RESULTS_FOLLOWUP.EXAMPLE_GIVEN);
        upsert(counted, RESULTS_CREDENTIAL, d.credentials(), c -> new Object[] {c.credentialId(), c.enrolmentId(), c.issuedOn()},
                RESULTS_CREDENTIAL.ID, RESULTS_CREDENTIAL.ENROLMENT_ID, RESULTS_CREDENTIAL.ISSUED_ON);
        // a view has no id of its own: the whole row is its key, so the same view imported twice is one view
        upsert(counted, RESULTS_CREDENTIAL_VIEW, d.credentialViews(), v -> new Object[] {v.credentialId(),
                v.viewedAt().atOffset(ZoneOffset.UTC), v.viewerId()},
                RESULTS_CREDENTIAL_VIEW.CREDENTIAL_ID, RESULTS_CREDENTIAL_VIEW.VIEWED_AT, RESULTS_CREDENTIAL_VIEW.VIEWER_ID);
        if (!d.incomeGroups().isEmpty()) {
            db.deleteFrom(RESULTS_INCOME_GROUP).execute();
            upsert(counted, RESULTS_INCOME_GROUP, List.copyOf(d.incomeGroups().entrySet()), e -> new Object[] {e.getKey(), e.getValue()},
                    RESULTS_INCOME_GROUP.COUNTRY, RESULTS_INCOME_GROUP.INCOME_GROUP);
        }
    }

    /**
     * Inserts or updates rows by their primary key with one plain JDBC statement bound in batches: an
     * import writes millions of rows, and binding each through jOOQ cost more than the database's own work.
     * Into an empty table (a first import) a plain INSERT; otherwise H2's MERGE … KEY or PostgreSQL's
     * INSERT … ON CONFLICT. Rows that are all key (credential views) may repeat within one file, so they are
     * always inserted "if absent". Many rows into PostgreSQL go by COPY instead (PostgresCopy).
     */
    @SafeVarargs
    private <R extends Record, T> void upsert(Written written, Table<R> table, List<T> rows, Function<T, Object[]> values,
                                              TableField<R, ?>... columns) {
        if (rows.isEmpty()) {
            return;
        }
        boolean filled = db.fetchExists(table);
        if (db.dialect().family() == org.jooq.SQLDialect.POSTGRES && rows.size() >= PostgresCopy.FROM_ROWS) {
            List<String> names = java.util.Arrays.stream(columns).map(Field::getName).toList();
            List<String> key = table.getPrimaryKey().getFields().stream().map(Field::getName).toList();
            boolean merge = filled || key.size() == names.size();
            db.connection(connection -> PostgresCopy.write(connection, table.getName(), names,
                    merge ? onConflict(key, names) : null, rows, values, written::add));
            return;
        }
        String sql = upsertSql(table, columns, filled);
        db.connection(connection -> {
            try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
                int pending = 0;
                for (T row : rows) {
                    Object[] v = values.apply(row);
                    for (int i = 0; i < v.length; i++) {
                        statement.setObject(i + 1, v[i]);
                    }
                    statement.addBatch();
                    if (++pending == BATCH) {
                        statement.executeBatch();
                        written.add(pending);
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                    written.add(pending);
                }
            }
        });
    }

    /** PostgreSQL's merge by key: the non-key columns take the new values; rows that are all key are kept once. */
    private static String onConflict(List<String> key, List<String> names) {
        List<String> others = names.stream().filter(n -> !key.contains(n)).toList();
        return " ON CONFLICT (" + String.join(", ", key) + ") DO " + (others.isEmpty() ? "NOTHING"
                : "UPDATE SET " + String.join(", ", others.stream().map(n -> n + " = EXCLUDED." + n).toList()));
    }

    private <R extends Record> String upsertSql(Table<R> table, TableField<R, ?>[] columns, boolean filled) {
        List<String> key = table.getPrimaryKey().getFields().stream().map(Field::getName).toList();
        List<String> names = java.util.Arrays.stream(columns).map(Field::getName).toList();
        List<String> others = names.stream().filter(n -> !key.contains(n)).toList();
        String list = String.join(", ", names);
        String marks = String.join(", ", java.util.Collections.nCopies(names.size(), "?"));
        String insert = "INSERT INTO " + table.getName() + " (" + list + ") VALUES (" + marks + ")";
        if (!filled && !others.isEmpty()) {
            return insert;
        }
        if (db.dialect().family() == org.jooq.SQLDialect.POSTGRES) {
            return insert + onConflict(key, names);
        }
        // H2 merges row by row, so a row repeated within one batch is merged into itself
        return "MERGE INTO " + table.getName() + " (" + list + ") KEY (" + String.join(", ", key) + ") VALUES (" + marks + ")";
    }

    void forget(String enrolmentId) {
        if (db.deleteFrom(RESULTS_ENROLMENT).where(RESULTS_ENROLMENT.ID.eq(enrolmentId)).execute() > 0) {
            changes.log(changed(), HistoryOfChanges.ENROLMENT, enrolmentId);
        }
    }

    /** What changed after version {@code from} up to {@code to}, or null when only a rebuild can tell. */
    ResultsChanges changesSince(long from, long to) {
        return changes.since(from, to);
    }

    private boolean holds(ResultsData.CredentialView v) {
        return db.fetchExists(RESULTS_CREDENTIAL_VIEW, RESULTS_CREDENTIAL_VIEW.CREDENTIAL_ID.eq(v.credentialId())
                .and(RESULTS_CREDENTIAL_VIEW.VIEWED_AT.eq(v.viewedAt().atOffset(ZoneOffset.UTC)))
                .and(RESULTS_CREDENTIAL_VIEW.VIEWER_ID.eq(v.viewerId())));
    }

    /** The rows now held for what changed (a row missing from the answer was removed). */
    ResultsData rowsOf(ResultsChanges c) {
        List<ResultsData.Participant> participants = rowsWhereIn(PARTICIPANTS, "id", c.participants(), ResultsStore::participant);
        List<ResultsData.Activity> activities = rowsWhereIn(ACTIVITIES, "id", c.activities(), ResultsStore::activity);
        List<ResultsData.Enrolment> enrolments = rowsWhereIn(ENROLMENTS, "id", c.enrolments(), ResultsStore::enrolment);
        List<ResultsData.Satisfaction> satisfaction = rowsWhereIn(SATISFACTION, "enrolment_id", c.satisfaction(),
                ResultsStore::satisfaction);
        List<ResultsData.KnowledgeTest> knowledge = rowsWhereIn(KNOWLEDGE, "enrolment_id", c.knowledge(), ResultsStore::knowledge);
        List<ResultsData.FollowUp> followUps = rowsWhereIn(FOLLOW_UPS, "enrolment_id", c.followUps(), ResultsStore::followUp);
        List<ResultsData.Credential> credentials = rowsWhereIn(CREDENTIALS, "id", c.credentials(), ResultsStore::credential);
        return new ResultsData(participants, List.of(), activities, enrolments, satisfaction, knowledge, followUps, credentials,
                c.views(), Map.of());
    }

    private <T> List<T> rowsWhereIn(String select, String key, Set<String> keys, RowReader<T> reader) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<String> all = List.copyOf(keys);
        List<T> read = new java.util.ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String sql = select + " WHERE " + key + " IN (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")";
            db.connection(connection -> {
                try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (int i = 0; i < chunk.size(); i++) {
                        statement.setString(i + 1, chunk.get(i));
                    }
                    try (java.sql.ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            read.add(reader.read(rows));
                        }
                    }
                }
            });
        }
        return read;
    }

    /** The read model's version: it changes, in the same transaction, with every change to the model. */
    long version() {
        return db.select(RESULTS_VERSION.VERSION).from(RESULTS_VERSION).where(RESULTS_VERSION.ID.eq(1))
                .fetchOne(RESULTS_VERSION.VERSION);
    }

    /** Moves the version on (the row stays locked to the end of the transaction, so versions follow commits). */
    private long changed() {
        db.update(RESULTS_VERSION).set(RESULTS_VERSION.VERSION, RESULTS_VERSION.VERSION.plus(1))
                .where(RESULTS_VERSION.ID.eq(1)).execute();
        long version = version();
        changes.forgetBefore(version);
        return version;
    }

    boolean holdsParticipant(String id) {
        return db.fetchExists(RESULTS_PARTICIPANT, RESULTS_PARTICIPANT.ID.eq(id));
    }

    boolean holdsActivity(String id) {
        return db.fetchExists(RESULTS_ACTIVITY, RESULTS_ACTIVITY.ID.eq(id));
    }

    /** Every id the read model already holds, by kind, so an import may refer to earlier records. */
    public Map<String, java.util.Set<String>> knownIds() {
        Map<String, java.util.Set<String>> ids = new HashMap<>();
        ids.put("participant", new java.util.HashSet<>(db.select(RESULTS_PARTICIPANT.ID).from(RESULTS_PARTICIPANT).fetch(RESULTS_PARTICIPANT.ID)));
        ids.put("partner", new java.util.HashSet<>(db.select(RESULTS_PARTNER.ID).from(RESULTS_PARTNER).fetch(RESULTS_PARTNER.ID)));
        ids.put("activity", new java.util.HashSet<>(db.select(RESULTS_ACTIVITY.ID).from(RESULTS_ACTIVITY).fetch(RESULTS_ACTIVITY.ID)));
        ids.put("enrolment", new java.util.HashSet<>(db.select(RESULTS_ENROLMENT.ID).from(RESULTS_ENROLMENT).fetch(RESULTS_ENROLMENT.ID)));
        ids.put("credential", new java.util.HashSet<>(db.select(RESULTS_CREDENTIAL.ID).from(RESULTS_CREDENTIAL).fetch(RESULTS_CREDENTIAL.ID)));
        return ids;
    }

    /** The running count of one save's records, for an import that shows how far its writing has got. */
    private static final class Written {
        private final LongConsumer listener;
        private long count;

        Written(LongConsumer listener) {
            this.listener = listener;
        }

        void add(long records) {
            count += records;
            listener.accept(count);
        }
    }
}
