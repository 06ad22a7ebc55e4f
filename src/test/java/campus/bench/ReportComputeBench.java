package campus.bench;

import campus.reporting.ResultsData;
import campus.reporting.ResultsReport;
import campus.reporting.internal.ResultsIndex;
import campus.shared.Modality;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Times one year's report computed in memory (no database) over N synthetic enrolments, cold and
 * warm: the part of the report that does not depend on storage. Run by bench/report-compute.sh; not a test.
 */
public final class ReportComputeBench {

    private ReportComputeBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        ResultsData data = synthetic(n, new Random(2026));
        long built = System.nanoTime();
        ResultsIndex index = new ResultsIndex(data);
        System.out.printf("enrolments %,d: index built in %.0f ms%n", n, (System.nanoTime() - built) / 1e6);
        long first = System.nanoTime();
        index.report(2024);
        System.out.printf("enrolments %,d: indexed report, first %.1f ms%n", n, (System.nanoTime() - first) / 1e6);
        long bestIndexed = Long.MAX_VALUE, totalIndexed = 0;
        for (int i = 0; i < 20; i++) {
            long t = System.nanoTime();
            index.report(2024);
            long took = System.nanoTime() - t;
            bestIndexed = Math.min(bestIndexed, took);
            totalIndexed += took;
        }
        System.out.printf("enrolments %,d: indexed report warm mean %.1f ms, best %.1f ms (20 runs)%n", n,
                totalIndexed / 1e6 / 20, bestIndexed / 1e6);
        if (args.length > 1 && args[1].equals("--indexed-only")) {
            return;
        }
        long start = System.nanoTime();
        ResultsReport.compute(data, 2024);
        System.out.printf("enrolments %,d: reference report (ResultsReport), first %.0f ms%n", n, (System.nanoTime() - start) / 1e6);
        long best = Long.MAX_VALUE;
        long total = 0;
        int runs = 10;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            ResultsReport.compute(data, 2024);
            long took = System.nanoTime() - t;
            best = Math.min(best, took);
            total += took;
        }
        System.out.printf("enrolments %,d: reference report warm mean %.0f ms, best %.0f ms (%d runs)%n", n, total / 1e6 / runs,
                best / 1e6, runs);
    }

    public static ResultsData synthetic(int n, Random random) {
        String[] countries = {"KE", "FR", "BR", "IN", "SN", "PE", "IT", "US", "CN", "NG", "EG", "MX", "PH", "VN", "ZA"};
        String[] genders = {"female", "male", "female", "male", "other", "undisclosed"};
        String[] constituents = {"government", "employers", "workers", "other"};
        int people = (int) (n * 0.7);
        List<ResultsData.Participant> participants = new ArrayList<>(people);
        for (int i = 0; i < people; i++) {
            participants.add(new ResultsData.Participant("P" + i, genders[random.nextInt(genders.length)],
                    random.nextInt(10) == 0 ? null : 1950 + random.nextInt(55), countries[random.nextInt(countries.length)],
                    constituents[random.nextInt(4)], null, null, null, null));
        }
        int activityCount = Math.max(4, n / 200);
        List<ResultsData.Activity> activities = new ArrayList<>(activityCount);
        for (int i = 0; i < activityCount; i++) {
            activities.add(new ResultsData.Activity("A" + i, "Activity " + i, Modality.values()[i % 4],
                    LocalDate.of(2018, 1, 1).plusDays(random.nextInt(7 * 365)), null, "en", i % 7 == 0 ? "UN1" : null));
        }
        List<ResultsData.Enrolment> enrolments = new ArrayList<>(n);
        List<ResultsData.Satisfaction> satisfaction = new ArrayList<>();
        List<ResultsData.KnowledgeTest> tests = new ArrayList<>();
        List<ResultsData.FollowUp> followUps = new ArrayList<>();
        List<ResultsData.Credential> credentials = new ArrayList<>();
        List<ResultsData.CredentialView> views = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ResultsData.Activity a = activities.get(random.nextInt(activityCount));
            LocalDate on = a.modality() == Modality.SELF_GUIDED ? LocalDate.of(2018, 1, 1).plusDays(random.nextInt(7 * 365))
                    : a.startDate().minusDays(random.nextInt(60));
            int roll = random.nextInt(100);
            String status = roll < 6 ? "withdrawn" : roll < 70 ? "completed" : "enrolled";
            String id = "E" + i;
            enrolments.add(new ResultsData.Enrolment(id, "P" + random.nextInt(people), a.id(), on, status, null));
            if (random.nextInt(10) < 6) {
                satisfaction.add(new ResultsData.Satisfaction(id, null, 1 + random.nextInt(5)));
            }
            if (random.nextInt(2) == 0) {
                tests.add(new ResultsData.KnowledgeTest(id, random.nextInt(90), random.nextInt(100)));
            }
            if ("completed".equals(status) && random.nextInt(5) == 0) {
                followUps.add(new ResultsData.FollowUp(id, on.plusDays(200), random.nextBoolean(), random.nextBoolean()));
            }
            if ("completed".equals(status) && random.nextInt(2) == 0) {
                credentials.add(new ResultsData.Credential("C" + i, id, on.plusDays(31)));
                views.add(new ResultsData.CredentialView("C" + i, Instant.parse("2024-01-01T00:00:00Z")
                        .plusSeconds(random.nextInt(365 * 86_400)), "V" + random.nextInt(n)));
            }
        }
        return new ResultsData(participants, List.of(new ResultsData.Partner("UN1", "UN agency", "CH")), activities,
                enrolments, satisfaction, tests, followUps, credentials, views, Map.of());
    }
}
