package campus.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import campus.CampusTest;
import campus.reporting.ResultsData;
import campus.shared.Modality;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a live platform the read model moves on with every enrolment, answer and view: the index held is brought
 * up to date from the change log, and every report then equals the report of an index rebuilt from the whole
 * read model, whatever the changes (random ones here: new and changed learners, enrolments entering, moving,
 * withdrawn and forgotten, outcomes added and changed, credentials, views new and repeated, activities
 * renamed). Changes only a rebuild can follow (an import, an activity that moves) rebuild.
 */
@CampusTest
class IndexPatchTest {

    private static final String[] GENDERS = {"female", "male", "other", "undisclosed"};
    private static final String[] CONSTITUENTS = {"government", "employers", "workers", "other"};
    private static final String[] COUNTRIES = {"KE", "FR", "VE", "BR", "NP", null};
    // ids that sort differently in UTF-16 units and in code points
    private static final String[] PREFIXES = {"E", "e", "\uD83D\uDE00", "\uFF21", "E1"};

    @Autowired ResultsStore store;
    @Autowired ResultsSnapshots snapshots;
    @Autowired TransactionTemplate transactions;

    private final String tag = "patch-" + UUID.randomUUID().toString().substring(0, 6) + "-";
    private final List<String> participants = new ArrayList<>();
    private final List<String> activities = new ArrayList<>();
    private final List<String> enrolments = new ArrayList<>();
    private final List<String> credentials = new ArrayList<>();
    private final List<ResultsData.CredentialView> views = new ArrayList<>();
    private int next;

    @Test
    void everyReportAfterRandomChangesEqualsARebuildAndMostChangesArePatched() {
        Random r = new Random(20261201);
        ReportingService reporting = new ReportingService(store, snapshots, Duration.ofDays(1));
        transactions.executeWithoutResult(status -> store.save(base(r)));
        assertSameAsRebuilt(reporting);

        int rounds = 80;
        for (int round = 0; round < rounds; round++) {
            if (r.nextInt(8) == 0 && !enrolments.isEmpty()) {
                String gone = enrolments.remove(r.nextInt(enrolments.size()));
                transactions.executeWithoutResult(status -> store.forget(gone));
            } else {
                ResultsData change = change(r);
                transactions.executeWithoutResult(status -> store.save(change));
            }
            assertSameAsRebuilt(reporting);
        }
        assertThat(reporting.patches()).as("rounds brought up to date rather than rebuilt").isGreaterThanOrEqualTo(rounds - 3);

        // an import (a save too large to itemise) rebuilds
        long patched = reporting.patches();
        transactions.executeWithoutResult(status -> store.save(base(r)));
        assertSameAsRebuilt(reporting);
        assertThat(reporting.patches()).isEqualTo(patched);

        // an activity that moves to another year moves all its enrolments: rebuilt, and still right
        ResultsData.Activity moved = new ResultsData.Activity(activities.get(0), "Moved", Modality.FACE_TO_FACE,
                LocalDate.of(2016, 2, 2), null, "en", null);
        transactions.executeWithoutResult(status -> store.save(ResultsData.empty().withActivities(List.of(moved))));
        assertSameAsRebuilt(reporting);
        assertThat(reporting.patches()).isEqualTo(patched);
    }

    /**
     * Two first enrolments of one learner on one day go by id in code-point order, as in a rebuild: U+FF21 comes
     * before U+1F600, although in UTF-16 units the emoji's surrogate (U+D83D) would come first.
     */
    @Test
    void aPatchOrdersTiesOnADayByIdInCodePointOrder() {
        LocalDate day = LocalDate.of(2027, 3, 1);
        ResultsData.Participant learner = new ResultsData.Participant(tag + "tie", "female", 1990, "KE", "workers", null, null,
                null, null);
        ResultsData.Activity tutored = new ResultsData.Activity(tag + "tutored", "T", Modality.ONLINE_TUTORED, day, null, "en", null);
        ResultsData.Activity selfGuided = new ResultsData.Activity(tag + "self", "S", Modality.SELF_GUIDED, day, null, "en", null);
        transactions.executeWithoutResult(status -> store.save(ResultsData.empty().withParticipants(List.of(learner))
                .withActivities(List.of(tutored, selfGuided)).withEnrolments(List.of(
                        new ResultsData.Enrolment("\uFF21" + tag, learner.id(), tutored.id(), day, "enrolled", null)))));
        ReportingService reporting = new ReportingService(store, snapshots, Duration.ofDays(1));
        assertSameAsRebuilt(reporting);
        transactions.executeWithoutResult(status -> store.save(ResultsData.empty().withEnrolments(List.of(
                new ResultsData.Enrolment("\uD83D\uDE00" + tag, learner.id(), selfGuided.id(), day, "enrolled", null)))));
        assertSameAsRebuilt(reporting);
        assertThat(reporting.patches()).isEqualTo(1);
    }

    @Test
    void aNewProcessBringsTheLatestSnapshotUpToDate() {
        Random r = new Random(7);
        transactions.executeWithoutResult(status -> store.save(base(r)));
        // a process whose builds are always kept as the snapshot
        assertSameAsRebuilt(new ReportingService(store, snapshots, Duration.ZERO));
        for (int i = 0; i < 5; i++) {
            ResultsData change = change(r);
            transactions.executeWithoutResult(status -> store.save(change));
        }
        ReportingService started = new ReportingService(store, snapshots, Duration.ofDays(1));
        assertSameAsRebuilt(started);
        assertThat(started.patches()).isEqualTo(1);

        // after an import the log cannot bring the snapshot up to date: a new process rebuilds (without reading it)
        transactions.executeWithoutResult(status -> store.save(base(r)));
        long now = transactions.execute(status -> store.version());
        long packed = snapshots.latestVersion(now).orElseThrow();
        ResultsChanges sinceSnapshot = transactions.execute(status -> store.changesSince(packed, now));
        assertThat(sinceSnapshot).isNull();
        ReportingService afterImport = new ReportingService(store, snapshots, Duration.ofDays(1));
        assertSameAsRebuilt(afterImport);
        assertThat(afterImport.patches()).isZero();
    }

    /** Reports of every year from the service and from a rebuild, of the same version of the read model. */
    private void assertSameAsRebuilt(ReportingService reporting) {
        transactions.executeWithoutResult(status -> {
            long version = store.version();
            Map<Integer, Map<String, Object>> served = reporting.reports(2014, 2028, null);
            ResultsIndex rebuilt = new ResultsIndex(store.load());
            Map<Integer, Map<String, Object>> expected = new TreeMap<>();
            for (int y = 2014; y <= 2028; y++) {
                expected.put(y, rebuilt.report(y));
            }
            assertThat(store.version()).as("nothing else changed the model meanwhile").isEqualTo(version);
            assertThat(served).isEqualTo(expected);
        });
    }

    private ResultsData base(Random r) {
        List<ResultsData.Participant> people = new ArrayList<>();
        // few learners with many enrolments each on few days: first enrolments often tie on their day
        for (int i = 0; i < 25; i++) {
            people.add(participant(r, newId("P")));
        }
        List<ResultsData.Activity> acts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            acts.add(activity(r, newId("A")));
        }
        List<ResultsData.Enrolment> es = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            es.add(enrolment(r, newId(PREFIXES[r.nextInt(PREFIXES.length)])));
        }
        List<ResultsData.Satisfaction> sat = new ArrayList<>();
        List<ResultsData.KnowledgeTest> tests = new ArrayList<>();
        List<ResultsData.FollowUp> follow = new ArrayList<>();
        List<ResultsData.Credential> creds = new ArrayList<>();
        List<ResultsData.CredentialView> vs = new ArrayList<>();
        for (ResultsData.Enrolment e : es) {
            if (r.nextBoolean()) {
                sat.add(new ResultsData.Satisfaction(e.id(), null, 1 + r.nextInt(5)));
            }
            if (r.nextBoolean()) {
                tests.add(new ResultsData.KnowledgeTest(e.id(), r.nextInt(3) * 10, r.nextInt(3) * 10));
            }
            if (r.nextInt(3) == 0) {
                follow.add(followUp(r, e.id()));
            }
            if (r.nextInt(3) == 0) {
                creds.add(credential(r, newId("C"), e.id()));
                vs.add(view(r));
            }
        }
        return new ResultsData(people, List.of(), acts, es, sat, tests, follow, creds, vs, Map.of());
    }

    /** A few records of random kinds, new ones and changes to ones held. */
    private ResultsData change(Random r) {
        ResultsData d = ResultsData.empty();
        switch (r.nextInt(9)) {
            case 0 -> d = d.withParticipants(List.of(participant(r, r.nextBoolean() ? newId("P") : pick(r, participants))));
            case 1 -> {
                String person = newId("P");
                String id = newId(PREFIXES[r.nextInt(PREFIXES.length)]);
                d = d.withParticipants(List.of(participant(r, person)))
                        .withEnrolments(List.of(new ResultsData.Enrolment(id, person, pick(r, activities), day(r), status(r), null)));
            }
            case 2 -> d = d.withEnrolments(List.of(enrolment(r, newId(PREFIXES[r.nextInt(PREFIXES.length)])),
                    enrolment(r, pick(r, enrolments))));
            case 3 -> d = d.withSatisfaction(List.of(new ResultsData.Satisfaction(enrolmentOrUnknown(r), day(r), 1 + r.nextInt(5))));
            case 4 -> d = d.withKnowledgeTests(List.of(new ResultsData.KnowledgeTest(enrolmentOrUnknown(r), r.nextInt(100),
                    r.nextInt(100))));
            case 5 -> d = d.withFollowUps(List.of(followUp(r, enrolmentOrUnknown(r))));
            case 6 -> d = d.withCredentials(List.of(credential(r, r.nextBoolean() ? newId("C") : pick(r, credentials),
                    pick(r, enrolments))));
            case 7 -> {
                List<ResultsData.CredentialView> vs = new ArrayList<>(List.of(view(r), view(r)));
                vs.add(vs.get(0)); // the same view twice in one save
                vs.add(views.get(r.nextInt(views.size()))); // and one already held
                d = d.withCredentialViews(vs);
            }
            default -> {
                // renamed only: the index is unaffected, and the enrolment saved with it (as the platform does) moves
                String id = pick(r, activities);
                ResultsData.Activity held = store.load().activities().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
                d = d.withActivities(List.of(new ResultsData.Activity(id, "Renamed " + next++, held.modality(), held.startDate(),
                        held.endDate(), held.language(), held.partnerId()))).withEnrolments(List.of(enrolment(r, pick(r, enrolments))));
            }
        }
        return d;
    }

    private ResultsData.Participant participant(Random r, String id) {
        if (!participants.contains(id)) {
            participants.add(id);
        }
        return new ResultsData.Participant(id, GENDERS[r.nextInt(4)], r.nextInt(4) == 0 ? null : 1955 + r.nextInt(50),
                COUNTRIES[r.nextInt(COUNTRIES.length)], CONSTITUENTS[r.nextInt(4)], null, null, null, null);
    }

    private ResultsData.Activity activity(Random r, String id) {
        activities.add(id);
        return new ResultsData.Activity(id, "Activity", Modality.values()[r.nextInt(4)], day(r), null, "en",
                r.nextBoolean() ? "UN" : null);
    }

    private ResultsData.Enrolment enrolment(Random r, String id) {
        if (!enrolments.contains(id)) {
            enrolments.add(id);
        }
        return new ResultsData.Enrolment(id, pick(r, participants), pick(r, activities), day(r), status(r), null);
    }

    private ResultsData.FollowUp followUp(Random r, String enrolmentId) {
        return new ResultsData.FollowUp(enrolmentId, day(r), r.nextBoolean(), r.nextBoolean());
    }

    private ResultsData.Credential credential(Random r, String id, String enrolmentId) {
        if (!credentials.contains(id)) {
            credentials.add(id);
        }
        return new ResultsData.Credential(id, enrolmentId, day(r));
    }

    private ResultsData.CredentialView view(Random r) {
        ResultsData.CredentialView v = new ResultsData.CredentialView(pick(r, credentials),
                Instant.parse("2017-01-01T00:00:00Z").plusSeconds(r.nextInt(9 * 365) * 86_400L + r.nextInt(86_400)),
                "V" + r.nextInt(30));
        views.add(v);
        return v;
    }

    /** Mostly an enrolment held (possibly withdrawn), sometimes one not (yet) held. */
    private String enrolmentOrUnknown(Random r) {
        return r.nextInt(6) == 0 ? tag + "later-" + next++ : pick(r, enrolments);
    }

    private static String status(Random r) {
        return List.of("enrolled", "completed", "withdrawn").get(r.nextInt(3));
    }

    /** Few distinct days, so ties on the reporting date are common. */
    private static LocalDate day(Random r) {
        return LocalDate.of(2016 + r.nextInt(10), 1 + r.nextInt(2) * 6, 1);
    }

    private String newId(String prefix) {
        return prefix + "-" + tag + next++;
    }

    private static String pick(Random r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }
}
