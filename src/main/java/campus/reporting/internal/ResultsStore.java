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
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The results read model: loads everything the report needs, and merges data in by external id,
 * so that saving the same data twice changes nothing.
 */
@Repository
public class ResultsStore {

    private static final int BATCH = 1000;

    private final DSLContext db;

    ResultsStore(DSLContext db) {
        this.db = db;
    }

    public ResultsData load() {
        Map<String, String> incomeGroups = new HashMap<>();
        db.selectFrom(RESULTS_INCOME_GROUP).forEach(r -> incomeGroups.put(r.getCountry(), r.getIncomeGroup()));
        return new ResultsData(
                db.selectFrom(RESULTS_PARTICIPANT).fetch(r -> new ResultsData.Participant(r.getId(), r.getGender(),
                        r.getBirthYear(), r.getCountry(), r.getConstituent(), r.getPositionLevel(), r.getGivenName(),
                        r.getFamilyName(), r.getEmail())),
                db.selectFrom(RESULTS_PARTNER).fetch(r -> new ResultsData.Partner(r.getId(), r.getName(), r.getCountry())),
                db.selectFrom(RESULTS_ACTIVITY).fetch(r -> new ResultsData.Activity(r.getId(), r.getTitle(),
                        Modality.of(r.getModality()), r.getStartDate(), r.getEndDate(), r.getLanguage(), r.getPartnerId())),
                db.selectFrom(RESULTS_ENROLMENT).fetch(r -> new ResultsData.Enrolment(r.getId(), r.getParticipantId(),
                        r.getActivityId(), r.getEnrolledOn(), r.getStatus(), r.getCompletedOn())),
                db.selectFrom(RESULTS_SATISFACTION).fetch(r -> new ResultsData.Satisfaction(r.getEnrolmentId(),
                        r.getSubmittedOn(), r.getOverall())),
                db.selectFrom(RESULTS_KNOWLEDGE_TEST).fetch(r -> new ResultsData.KnowledgeTest(r.getEnrolmentId(),
                        r.getPreScore(), r.getPostScore())),
                db.selectFrom(RESULTS_FOLLOWUP).fetch(r -> new ResultsData.FollowUp(r.getEnrolmentId(), r.getRespondedOn(),
                        r.getCanApply(), r.getExampleGiven())),
                db.selectFrom(RESULTS_CREDENTIAL).fetch(r -> new ResultsData.Credential(r.getId(), r.getEnrolmentId(),
                        r.getIssuedOn())),
                db.selectFrom(RESULTS_CREDENTIAL_VIEW).fetch(r -> new ResultsData.CredentialView(r.getCredentialId(),
                        r.getViewedAt().toInstant(), r.getViewerId())),
                incomeGroups);
    }

    /** Merges the data in by id (one prepared statement per table, bound in batches); an income table replaces the one held. */
    public void save(ResultsData d) {
        save(d, written -> { });
    }

    /** As {@link #save(ResultsData)}, telling after each batch how many records are written so far. */
    public void save(ResultsData d, LongConsumer written) {
        changed();
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
     * Inserts or updates rows by their primary key with one prepared statement bound in batches, so
     * the database parses it once, not once per row. Parameters are named after their columns, so
     * the binding does not depend on how each dialect orders them (MERGE on H2, ON CONFLICT on PostgreSQL).
     */
    @SafeVarargs
    private <R extends Record, T> void upsert(Written written, Table<R> table, List<T> rows, Function<T, Object[]> values,
                                              TableField<R, ?>... columns) {
        if (rows.isEmpty()) {
            return;
        }
        Set<TableField<R, ?>> key = Set.copyOf(table.getPrimaryKey().getFields());
        Map<Field<?>, Object> insert = new LinkedHashMap<>();
        Map<Field<?>, Object> update = new LinkedHashMap<>();
        for (TableField<R, ?> column : columns) {
            insert.put(column, DSL.param(column.getName(), column.getDataType()));
            if (!key.contains(column)) {
                update.put(column, DSL.param(column.getName(), column.getDataType()));
            }
        }
        var insertStep = db.insertInto(table).set(insert);
        // into an empty table (a first import) a plain INSERT is faster than a merge; rows that are all key
        // (credential views) may repeat within one file, so they are always inserted "if absent"
        boolean empty = !db.fetchExists(table);
        Query query = empty && !update.isEmpty() ? insertStep
                : update.isEmpty() ? insertStep.onDuplicateKeyIgnore() : insertStep.onDuplicateKeyUpdate().set(update);
        for (int from = 0; from < rows.size(); from += BATCH) {
            BatchBindStep batch = db.batch(query);
            for (T row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                Object[] v = values.apply(row);
                Map<String, Object> named = new HashMap<>();
                for (int i = 0; i < columns.length; i++) {
                    named.put(columns[i].getName(), v[i]);
                }
                batch.bind(named);
            }
            batch.execute();
            written.add(Math.min(BATCH, rows.size() - from));
        }
    }

    void forget(String enrolmentId) {
        if (db.deleteFrom(RESULTS_ENROLMENT).where(RESULTS_ENROLMENT.ID.eq(enrolmentId)).execute() > 0) {
            changed();
        }
    }

    /** The read model's version: it changes, in the same transaction, with every change to the model. */
    long version() {
        return db.select(RESULTS_VERSION.VERSION).from(RESULTS_VERSION).where(RESULTS_VERSION.ID.eq(1))
                .fetchOne(RESULTS_VERSION.VERSION);
    }

    private void changed() {
        db.update(RESULTS_VERSION).set(RESULTS_VERSION.VERSION, RESULTS_VERSION.VERSION.plus(1))
                .where(RESULTS_VERSION.ID.eq(1)).execute();
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
