package campus.reporting.internal;

import campus.bench.ReportComputeBench;
import campus.reporting.ResultsData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * What a live platform's report costs after the read model moved on: bringing the index held up to date with a
 * few changed rows (new learners enrolling, an enrolment completed, answers, credentials, views), against
 * rebuilding it, in memory over N synthetic enrolments (the change log and re-reading the changed rows are a
 * few indexed queries besides). Checks the patched index against a rebuild once. Run by bench/index-patch.sh.
 */
public final class IndexPatchBench {

    private IndexPatchBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int changed = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Random random = new Random(2026);
        ResultsData data = ReportComputeBench.synthetic(n, random);
        long started = System.nanoTime();
        ResultsIndex index = new ResultsIndex(data);
        System.out.printf("enrolments %,d: index built in %.0f ms%n", n, (System.nanoTime() - started) / 1e6);
        index.report(2024);

        long best = Long.MAX_VALUE, total = 0;
        int runs = 20;
        ResultsData now = null;
        ResultsChanges changes = null;
        for (int run = 0; run < runs; run++) {
            List<ResultsData.Participant> people = new ArrayList<>();
            List<ResultsData.Enrolment> enrolments = new ArrayList<>();
            List<ResultsData.Satisfaction> answers = new ArrayList<>();
            List<ResultsData.CredentialView> views = new ArrayList<>();
            for (int i = 0; i < changed; i++) {
                String person = "live-P" + run + "-" + i;
                String enrolment = "live-E" + run + "-" + i;
                people.add(new ResultsData.Participant(person, "female", 1990, "KE", "workers", null, null, null, null));
                enrolments.add(new ResultsData.Enrolment(enrolment, person, data.activities().get(i % data.activities().size()).id(),
                        LocalDate.of(2024, 5, 1), "enrolled", null));
                answers.add(new ResultsData.Satisfaction(data.enrolments().get(random.nextInt(n)).id(), null, 5));
                views.add(new ResultsData.CredentialView("C" + i, Instant.parse("2024-06-01T10:00:00Z").plusSeconds(run), "V-live-" + i));
            }
            now = new ResultsData(people, List.of(), List.of(), enrolments, answers, List.of(), List.of(), List.of(), views,
                    java.util.Map.of());
            changes = new ResultsChanges(ids(people, ResultsData.Participant::id), Set.of(),
                    ids(enrolments, ResultsData.Enrolment::id), ids(answers, ResultsData.Satisfaction::enrolmentId), Set.of(),
                    Set.of(), Set.of(), views);
            long t = System.nanoTime();
            ResultsIndex patched = IndexPatch.patched(index, now, changes);
            patched.report(2024);
            long took = System.nanoTime() - t;
            best = Math.min(best, took);
            total += took;
            if (run == runs - 1) {
                check(data, now, patched);
            }
        }
        System.out.printf("enrolments %,d: %d learners enrol (and %d answers, %d views): patch and report, mean %.1f ms, best %.1f ms"
                + " (%d runs)%n", n, changed, changed, changed, total / 1e6 / runs, best / 1e6, runs);
    }

    /** The last patch against a rebuild from the same data with the same changes. */
    private static void check(ResultsData data, ResultsData now, ResultsIndex patched) {
        List<ResultsData.Participant> people = new ArrayList<>(data.participants());
        people.addAll(now.participants());
        List<ResultsData.Enrolment> enrolments = new ArrayList<>(data.enrolments());
        enrolments.addAll(now.enrolments());
        java.util.Map<String, ResultsData.Satisfaction> answers = new java.util.LinkedHashMap<>();
        data.satisfaction().forEach(s -> answers.put(s.enrolmentId(), s));
        now.satisfaction().forEach(s -> answers.put(s.enrolmentId(), s));
        List<ResultsData.CredentialView> views = new ArrayList<>(data.credentialViews());
        views.addAll(now.credentialViews());
        ResultsIndex rebuilt = new ResultsIndex(new ResultsData(people, data.partners(), data.activities(), enrolments,
                List.copyOf(answers.values()), data.knowledgeTests(), data.followUps(), data.credentials(), views,
                data.incomeGroups()));
        for (int y = 2017; y <= 2026; y++) {
            if (!rebuilt.report(y).equals(patched.report(y))) {
                throw new AssertionError("the patched index differs from a rebuild in " + y);
            }
        }
        System.out.println("patched index checked against a rebuild: the same reports for 2017-2026");
    }

    private static <T> Set<String> ids(List<T> rows, java.util.function.Function<T, String> id) {
        return new LinkedHashSet<>(rows.stream().map(id).toList());
    }
}
