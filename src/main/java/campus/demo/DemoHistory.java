package campus.demo;

import campus.reporting.ResultsData;
import campus.shared.Modality;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A made-up but realistic 2018–2024 history with the shape a training centre publishes: growth
 * through the biennia (online especially), more women and younger learners online, mid-career
 * learners face to face, satisfaction near 4.5, most learners gaining knowledge. Deterministic:
 * the same seed gives the same history.
 */
final class DemoHistory {

    static final int FIRST_YEAR = 2018;
    static final int LAST_YEAR = 2024;
    /** Enrolments per year: steady growth, with the jump online learning took in 2020. */
    static final Map<Integer, Integer> ENROLMENTS = Map.of(2018, 520, 2019, 610, 2020, 980, 2021, 1190, 2022, 1330,
            2023, 1560, 2024, 1840);
    static final String[] CONSTITUENTS = {"government", "employers", "workers", "other"};
    static final String[] LEVELS = {"junior", "mid_career", "senior"};

    private final Random random;
    private final List<String> countries;
    private final List<ResultsData.Participant> participants = new ArrayList<>();
    private final List<ResultsData.Activity> activities = new ArrayList<>();
    private final List<ResultsData.Enrolment> enrolments = new ArrayList<>();
    private final List<ResultsData.Satisfaction> satisfaction = new ArrayList<>();
    private final List<ResultsData.KnowledgeTest> tests = new ArrayList<>();
    private final List<ResultsData.FollowUp> followUps = new ArrayList<>();
    private final List<ResultsData.Credential> credentials = new ArrayList<>();
    private final List<ResultsData.CredentialView> views = new ArrayList<>();

    private DemoHistory(long seed) {
        random = new Random(seed);
        // 185 countries of residence, so a newcomer's dashboard shows the Centre's reach
        List<String> all = new ArrayList<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream().sorted().toList());
        // shuffled once, so the most frequent countries of the skewed draw below are not all "A…"
        java.util.Collections.shuffle(all, random);
        countries = all.subList(0, 185);
    }

    static ResultsData generate(long seed) {
        return new DemoHistory(seed).build();
    }

    private ResultsData build() {
        List<ResultsData.Partner> partners = List.of(
                new ResultsData.Partner("demo-partner-ituc", "International trade union confederation", "BE"),
                new ResultsData.Partner("demo-partner-ioe", "International employers' organisation", "CH"),
                new ResultsData.Partner("demo-partner-mol", "Ministry of Labour", "KE"));
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            activitiesOf(year, partners);
        }
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            for (int i = 0; i < ENROLMENTS.get(year); i++) {
                enrol(year);
            }
        }
        return new ResultsData(participants, partners, activities, enrolments, satisfaction, tests, followUps,
                credentials, views, Map.of());
    }

    private void activitiesOf(int year, List<ResultsData.Partner> partners) {
        for (Modality modality : Modality.values()) {
            int count = switch (modality) {
                case FACE_TO_FACE -> year == 2020 || year == 2021 ? 4 : 12;
                case ONLINE_TUTORED -> 6 + (year - FIRST_YEAR) * 2;
                case SELF_GUIDED -> 3;
                case BLENDED -> 3;
            };
            for (int i = 0; i < count; i++) {
                LocalDate start = year == FIRST_YEAR && modality == Modality.SELF_GUIDED
                        ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                String partner = random.nextInt(100) < 15 ? partners.get(random.nextInt(partners.size())).id() : null;
                String id = "demo-A-" + year + "-" + modality.code() + "-" + i;
                activities.add(new ResultsData.Activity(id, "Demo " + modality.code().replace('_', ' ') + " course " + year
                        + "-" + (i + 1), modality, start, modality == Modality.SELF_GUIDED ? null : start.plusDays(5 + random.nextInt(40)),
                        List.of("en", "fr", "es").get(random.nextInt(3)), partner));
            }
        }
    }

    private void enrol(int year) {
        Modality modality = modality(year);
        List<ResultsData.Activity> candidates = activities.stream().filter(a -> a.modality() == modality
                && (modality == Modality.SELF_GUIDED ? a.startDate().getYear() <= year : a.startDate().getYear() == year)).toList();
        ResultsData.Activity activity = candidates.get(random.nextInt(candidates.size()));
        // some learners come back: a third of enrolments are by someone seen before
        ResultsData.Participant who = !participants.isEmpty() && random.nextInt(3) == 0
                ? participants.get(random.nextInt(participants.size())) : newParticipant(year, modality);
        LocalDate enrolledOn = modality == Modality.SELF_GUIDED
                ? LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)) : activity.startDate().minusDays(10 + random.nextInt(60));
        int roll = random.nextInt(100);
        String status = roll < 6 ? "withdrawn" : roll < (modality == Modality.SELF_GUIDED ? 55 : 88) ? "completed" : "enrolled";
        LocalDate reporting = modality == Modality.SELF_GUIDED ? enrolledOn : activity.startDate();
        LocalDate completedOn = "completed".equals(status) ? reporting.plusDays(20 + random.nextInt(40)) : null;
        String id = "demo-E-" + (enrolments.size() + 1);
        enrolments.add(new ResultsData.Enrolment(id, who.id(), activity.id(), enrolledOn, status, completedOn));
        if ("withdrawn".equals(status)) {
            return;
        }
        outcomes(id, modality, completedOn);
    }

    private void outcomes(String enrolmentId, Modality modality, LocalDate completedOn) {
        if (random.nextInt(100) < 70) {
            int roll = random.nextInt(100);
            satisfaction.add(new ResultsData.Satisfaction(enrolmentId, completedOn,
                    roll < 56 ? 5 : roll < 93 ? 4 : roll < 99 ? 3 : 2));
        }
        if (random.nextInt(100) < 60) {
            double pre = Math.max(0, Math.min(90, Math.round(50 + random.nextGaussian() * 15)));
            double post = Math.max(0, Math.min(100, Math.round(pre + 18 + random.nextGaussian() * 12)));
            tests.add(new ResultsData.KnowledgeTest(enrolmentId, pre, post));
        }
        if (completedOn == null) {
            return;
        }
        String credential = "demo-C-" + (credentials.size() + 1);
        credentials.add(new ResultsData.Credential(credential, enrolmentId, completedOn.plusDays(1)));
        for (int v = random.nextInt(4); v > 0; v--) {
            Instant at = completedOn.plusDays(2 + random.nextInt(200)).atStartOfDay(ZoneOffset.UTC).toInstant()
                    .plusSeconds(random.nextInt(86_400));
            views.add(new ResultsData.CredentialView(credential, at, "viewer-" + random.nextInt(4000)));
        }
        LocalDate sixMonthsOn = completedOn.plusMonths(6);
        if (modality.isTutored() && random.nextInt(100) < 35 && !sixMonthsOn.isAfter(LocalDate.of(LAST_YEAR, 12, 31))) {
            boolean canApply = random.nextInt(100) < 82;
            followUps.add(new ResultsData.FollowUp(enrolmentId, sixMonthsOn, canApply, canApply && random.nextInt(100) < 70));
        }
    }

    /** Face-to-face shrinks in 2020–21 and online grows every year. */
    private Modality modality(int year) {
        int roll = random.nextInt(100);
        int faceToFace = year == 2020 || year == 2021 ? 8 : Math.max(18, 40 - (year - FIRST_YEAR) * 3);
        int blended = 7;
        int tutored = 28;
        if (roll < faceToFace) {
            return Modality.FACE_TO_FACE;
        } else if (roll < faceToFace + blended) {
            return Modality.BLENDED;
        } else if (roll < faceToFace + blended + tutored) {
            return Modality.ONLINE_TUTORED;
        }
        return Modality.SELF_GUIDED;
    }

    /** More women and younger learners online; mid-career and senior learners face to face. */
    private ResultsData.Participant newParticipant(int year, Modality modality) {
        boolean online = modality == Modality.ONLINE_TUTORED || modality == Modality.SELF_GUIDED;
        int womenPercent = online ? 56 : 42;
        int roll = random.nextInt(100);
        String gender = roll < 4 ? "undisclosed" : roll < 5 ? "other" : random.nextInt(100) < womenPercent ? "female" : "male";
        int age = online ? 24 + (int) Math.abs(random.nextGaussian() * 9) : 36 + (int) Math.abs(random.nextGaussian() * 9);
        Integer birthYear = random.nextInt(100) < 8 ? null : year - age;
        String constituent = CONSTITUENTS[weighted(online ? new int[] {30, 15, 20, 35} : new int[] {40, 25, 25, 10})];
        String country = countries.get(Math.min(countries.size() - 1, (int) Math.abs(random.nextGaussian() * countries.size() / 2.2)));
        String id = "demo-P-" + (participants.size() + 1);
        ResultsData.Participant p = new ResultsData.Participant(id, gender, birthYear, country, constituent,
                LEVELS[online ? weighted(new int[] {45, 40, 15}) : weighted(new int[] {15, 55, 30})], null, null, null);
        participants.add(p);
        return p;
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

}
