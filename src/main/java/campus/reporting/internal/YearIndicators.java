package campus.reporting.internal;

import campus.reporting.ResultsData;
import campus.shared.Modality;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The indicators of one calendar year over counted enrolments and their learners (docs/indicators.md). */
public final class YearIndicators {

    static final List<String> INCOME_GROUPS = List.of("low", "lower_middle", "upper_middle", "high", "unclassified");
    static final List<String> AGE_BANDS = List.of("under_25", "25_34", "35_44", "45_54", "55_plus");
    static final List<String> CONSTITUENTS = List.of("government", "employers", "workers", "other");
    static final Set<String> CORE = Set.of("government", "employers", "workers");

    private final Facts facts;
    private final int year;
    private final List<Facts.Counted> ofYear;

    public YearIndicators(Facts facts, int year) {
        this.facts = facts;
        this.year = year;
        this.ofYear = facts.inYears(year, year);
    }

    static boolean online(Modality m) {
        return m == Modality.ONLINE_TUTORED || m == Modality.SELF_GUIDED;
    }

    /** The sets the spec breaks figures down by: overall, online, then each modality. */
    static Map<String, Predicate<Facts.Counted>> sets() {
        Map<String, Predicate<Facts.Counted>> sets = new LinkedHashMap<>();
        sets.put("overall", c -> true);
        sets.put("online", c -> online(c.modality()));
        for (Modality m : Modality.values()) {
            sets.put(m.code(), c -> c.modality() == m);
        }
        return sets;
    }

    static Collection<ResultsData.Participant> learners(List<Facts.Counted> enrolments) {
        return enrolments.stream().collect(Collectors.toMap(Facts.Counted::participantId, Facts.Counted::participant,
                (a, b) -> a)).values();
    }

    public Map<String, Object> enrolments() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", (long) ofYear.size());
        out.put("by_modality", byModality(ofYear, list -> (long) list.size()));
        out.put("growth_vs_previous_year", Shares.growth(ofYear.size(), facts.inYears(year - 1, year - 1).size()));
        return out;
    }

    public Map<String, Object> learners() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", (long) learners(ofYear).size());
        out.put("by_modality", byModality(ofYear, list -> (long) learners(list).size()));
        out.put("online", (long) learners(only(c -> online(c.modality()))).size());
        return out;
    }

    public long countries() {
        return learners(ofYear).stream().map(ResultsData.Participant::country).filter(c -> c != null).distinct().count();
    }

    /** Learners of the year per country of residence, most learners first (ties by country code). */
    public List<Map<String, Object>> learnersByCountry() {
        Map<String, Long> counts = learners(ofYear).stream().filter(p -> p.country() != null)
                .collect(Collectors.groupingBy(ResultsData.Participant::country, java.util.TreeMap::new, Collectors.counting()));
        return ranked(counts);
    }

    static List<Map<String, Object>> ranked(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey()))
                .map(e -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("country", e.getKey());
                    row.put("learners", e.getValue());
                    return row;
                }).toList();
    }

    public Map<String, Object> incomeGroups() {
        Collection<ResultsData.Participant> learners = learners(ofYear);
        Map<String, Object> out = new LinkedHashMap<>();
        for (String group : INCOME_GROUPS) {
            long n = learners.stream().filter(p -> facts.incomeGroup(p.country()).equals(group)).count();
            out.put(group, Shares.share(n, learners.size()));
        }
        return out;
    }

    public Map<String, Object> womenShare() {
        Map<String, Object> out = new LinkedHashMap<>();
        sets().forEach((name, set) -> out.put(name, womenShare(learners(only(set)))));
        return out;
    }

    /** Female among those who gave female, male or other; undisclosed is left out of the denominator. */
    static Double womenShare(Collection<ResultsData.Participant> learners) {
        long disclosed = learners.stream().filter(p -> !"undisclosed".equals(p.gender())).count();
        long women = learners.stream().filter(p -> "female".equals(p.gender())).count();
        return Shares.share(women, disclosed);
    }

    public Map<String, Object> ageBands() {
        Map<String, Object> out = new LinkedHashMap<>();
        sets().forEach((name, set) -> {
            List<Integer> ages = learners(only(set)).stream().filter(p -> p.birthYear() != null)
                    .map(p -> year - p.birthYear()).toList();
            Map<String, Object> bands = new LinkedHashMap<>();
            for (String band : AGE_BANDS) {
                bands.put(band, Shares.share(ages.stream().filter(age -> band(age).equals(band)).count(), ages.size()));
            }
            out.put(name, bands);
        });
        return out;
    }

    static String band(int age) {
        if (age < 25) {
            return "under_25";
        } else if (age < 35) {
            return "25_34";
        } else if (age < 45) {
            return "35_44";
        } else if (age < 55) {
            return "45_54";
        }
        return "55_plus";
    }

    public Map<String, Object> constituents() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String group : CONSTITUENTS) {
            out.put(group, ofYear.stream().filter(c -> group.equals(c.participant().constituent())).count());
        }
        out.put("core_total", coreEnrolments(ofYear));
        return out;
    }

    static long coreEnrolments(List<Facts.Counted> enrolments) {
        return enrolments.stream().filter(c -> CORE.contains(c.participant().constituent())).count();
    }

    public Map<String, Object> satisfaction() {
        Map<String, Object> out = new LinkedHashMap<>();
        sets().forEach((name, set) -> {
            long sum = 0, n = 0;
            for (ResultsData.Satisfaction s : facts.data().satisfaction()) {
                Facts.Counted c = facts.counted(s.enrolmentId());
                if (c != null && c.year() == year && set.test(c)) {
                    sum += s.overall();
                    n++;
                }
            }
            out.put(name, Shares.mean(sum, n));
        });
        return out;
    }

    public Map<String, Object> knowledge() {
        long n = 0, gained = 0;
        for (ResultsData.KnowledgeTest t : facts.data().knowledgeTests()) {
            Facts.Counted c = facts.counted(t.enrolmentId());
            if (c != null && c.year() == year) {
                n++;
                gained += t.postScore() > t.preScore() ? 1 : 0;
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("gain_share", Shares.share(gained, n));
        out.put("n", n);
        return out;
    }

    public Map<String, Object> partners() {
        List<Facts.Counted> withPartner = only(c -> c.activity().partnerId() != null);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("enrolments", (long) withPartner.size());
        out.put("learners", (long) learners(withPartner).size());
        return out;
    }

    private List<Facts.Counted> only(Predicate<Facts.Counted> set) {
        return ofYear.stream().filter(set).toList();
    }

    private static Map<String, Object> byModality(List<Facts.Counted> enrolments,
                                                  java.util.function.Function<List<Facts.Counted>, Long> measure) {
        Map<String, Object> out = new LinkedHashMap<>();
        Arrays.stream(Modality.values()).forEach(m ->
                out.put(m.code(), measure.apply(enrolments.stream().filter(c -> c.modality() == m).toList())));
        return out;
    }
}
