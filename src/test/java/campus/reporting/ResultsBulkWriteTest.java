package campus.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import campus.CampusTest;
import campus.reporting.ResultsData.Credential;
import campus.reporting.ResultsData.CredentialView;
import campus.reporting.ResultsData.Enrolment;
import campus.reporting.ResultsData.KnowledgeTest;
import campus.reporting.ResultsData.Participant;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Large saves take the database's bulk path (COPY on PostgreSQL, from a few thousand rows): what is read back
 * is exactly what was saved, awkward texts and nulls included, and a second save merges by key as a small one
 * does. Runs on H2 and again on PostgreSQL.
 */
@CampusTest
class ResultsBulkWriteTest {

    private static final int MANY = 6_000;

    @Autowired ReportingApi reporting;
    @Autowired TransactionTemplate transactions;

    private final String tag = "bulk-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    private static final String[] AWKWARD = {"O\"Brien, \"Jr\"", "line\nbreak", "Ñúñez 李 😀", "", "comma, and \\ backslash", "NULL"};

    @Test
    void manyRowsAreReadBackAsSavedAndASecondSaveMergesByKey() {
        List<Participant> people = IntStream.range(0, MANY).mapToObj(i -> new Participant(tag + "P" + i,
                i % 2 == 0 ? "female" : "undisclosed", i % 3 == 0 ? null : 1950 + i % 50, "KE", "workers",
                i % 4 == 0 ? null : "senior", AWKWARD[i % AWKWARD.length], i % 5 == 0 ? null : "Family", null)).toList();
        List<Enrolment> enrolments = IntStream.range(0, MANY).mapToObj(i -> new Enrolment(tag + "E" + i, tag + "P" + i,
                tag + "A", LocalDate.of(2020, 1, 1).plusDays(i % 700), i % 2 == 0 ? "completed" : "enrolled",
                i % 2 == 0 ? LocalDate.of(2022, 3, 4) : null)).toList();
        List<KnowledgeTest> tests = IntStream.range(0, MANY).mapToObj(i -> new KnowledgeTest(tag + "E" + i, i % 101, 12.5)).toList();
        List<Credential> credentials = IntStream.range(0, MANY).mapToObj(i -> new Credential(tag + "C" + i, tag + "E" + i,
                LocalDate.of(2023, 5, 6))).toList();
        List<CredentialView> views = new ArrayList<>();
        IntStream.range(0, MANY).forEach(i -> views.add(new CredentialView(tag + "C" + i,
                Instant.parse("2024-02-03T04:05:06Z").plusSeconds(i), "viewer-" + i % 37)));
        // the same view twice in one save is one view
        views.addAll(views.subList(0, 10));
        // the activity too: every report builds from the whole read model, which must stay whole
        List<ResultsData.Activity> activity = List.of(new ResultsData.Activity(tag + "A", "Bulk", campus.shared.Modality.SELF_GUIDED,
                LocalDate.of(2020, 1, 1), null, "en", null));
        ResultsData first = ResultsData.empty().withParticipants(people).withActivities(activity).withEnrolments(enrolments)
                .withKnowledgeTests(tests).withCredentials(credentials).withCredentialViews(views);

        transactions.executeWithoutResult(tx -> reporting.record(first));

        ResultsData held = ownRows(reporting.data());
        assertThat(held.participants()).containsExactlyInAnyOrderElementsOf(people);
        assertThat(held.enrolments()).containsExactlyInAnyOrderElementsOf(enrolments);
        assertThat(held.knowledgeTests()).containsExactlyInAnyOrderElementsOf(tests);
        assertThat(held.credentials()).containsExactlyInAnyOrderElementsOf(credentials);
        assertThat(held.credentialViews()).containsExactlyInAnyOrderElementsOf(views.subList(0, MANY));

        // again, changed and with more: rows already held are updated, new ones added, nothing doubled
        List<Participant> changed = IntStream.range(0, MANY + 500).mapToObj(i -> new Participant(tag + "P" + i, "male",
                1980, "FR", "employers", null, "Name " + i, null, i % 2 == 0 ? "p" + i + "@example.org" : null)).toList();
        List<CredentialView> moreViews = new ArrayList<>(views);
        moreViews.add(new CredentialView(tag + "C1", Instant.parse("2025-01-01T00:00:00Z"), "viewer-new"));
        transactions.executeWithoutResult(tx -> reporting.record(ResultsData.empty().withParticipants(changed)
                .withCredentialViews(moreViews)));

        ResultsData again = ownRows(reporting.data());
        assertThat(again.participants()).containsExactlyInAnyOrderElementsOf(changed);
        assertThat(again.credentialViews()).hasSize(MANY + 1);
        assertThat(again.enrolments()).containsExactlyInAnyOrderElementsOf(enrolments);
    }

    private ResultsData ownRows(ResultsData all) {
        return new ResultsData(mine(all.participants(), Participant::id), List.of(), List.of(),
                mine(all.enrolments(), Enrolment::id), List.of(), mine(all.knowledgeTests(), KnowledgeTest::enrolmentId),
                List.of(), mine(all.credentials(), Credential::credentialId), mine(all.credentialViews(), CredentialView::credentialId),
                Map.of());
    }

    private <T> List<T> mine(List<T> rows, Function<T, String> id) {
        return rows.stream().filter(r -> id.apply(r).startsWith(tag)).toList();
    }
}
