package campus.reporting.internal;

import campus.reporting.ResultsData;
import campus.shared.Modality;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The data indexed the way every indicator needs it: each counted (not withdrawn) enrolment with
 * its participant, activity, modality and reporting date (docs/indicators.md, "Terms").
 */
public final class Facts {

    /** A counted enrolment and everything an indicator may ask of it. */
    public record Counted(ResultsData.Enrolment enrolment, ResultsData.Participant participant,
                          ResultsData.Activity activity, LocalDate reportingDate) {

        public Modality modality() { return activity.modality(); }

        public int year() { return reportingDate.getYear(); }

        public String participantId() { return participant.id(); }
    }

    /** Ids compare as strings in code-point order (not UTF-16 unit order) wherever an order is needed. */
    public static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i), cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    private final ResultsData data;
    private final List<Counted> counted = new ArrayList<>();
    private final Map<String, Counted> countedById = new HashMap<>();
    private final Map<String, String> incomeGroups;

    public Facts(ResultsData data) {
        this.data = data;
        Map<String, ResultsData.Participant> participants = index(data.participants(), ResultsData.Participant::id);
        Map<String, ResultsData.Activity> activities = index(data.activities(), ResultsData.Activity::id);
        for (ResultsData.Enrolment e : data.enrolments()) {
            if ("withdrawn".equals(e.status())) {
                continue;
            }
            ResultsData.Activity activity = activities.get(e.activityId());
            ResultsData.Participant participant = participants.get(e.participantId());
            if (activity == null || participant == null) {
                throw new IllegalArgumentException("enrolment " + e.id() + " refers to a missing participant or activity");
            }
            Counted c = new Counted(e, participant, activity, reportingDate(e, activity));
            counted.add(c);
            countedById.put(e.id(), c);
        }
        this.incomeGroups = data.incomeGroups().isEmpty() ? IncomeGroups.fiscalYear2026() : data.incomeGroups();
    }

    /** Self-guided learners start when they enrol; everyone else when the activity starts. */
    static LocalDate reportingDate(ResultsData.Enrolment e, ResultsData.Activity activity) {
        return activity.modality() == Modality.SELF_GUIDED ? e.enrolledOn() : activity.startDate();
    }

    private static <T> Map<String, T> index(List<T> rows, Function<T, String> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> b));
    }

    public ResultsData data() { return data; }

    public List<Counted> counted() { return counted; }

    /** The counted enrolment with this id, or null when it does not exist or was withdrawn. */
    public Counted counted(String enrolmentId) { return countedById.get(enrolmentId); }

    public List<Counted> inYears(int from, int to) {
        return counted.stream().filter(c -> c.year() >= from && c.year() <= to).toList();
    }

    public String incomeGroup(String country) {
        return country == null ? "unclassified" : incomeGroups.getOrDefault(country, "unclassified");
    }
}
