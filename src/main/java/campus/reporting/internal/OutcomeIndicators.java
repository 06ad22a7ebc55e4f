package campus.reporting.internal;

import campus.reporting.ResultsData;
import campus.shared.Modality;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Indicators counted by their own dates rather than the enrolment's reporting date: knowledge
 * application (responded_on), credentials (issued_on, viewed_at) and the self-guided journey.
 */
public final class OutcomeIndicators {

    private final Facts facts;
    private final int year;

    public OutcomeIndicators(Facts facts, int year) {
        this.facts = facts;
        this.year = year;
    }

    /** Follow-up responses of the year, whatever the enrolment's year or status. */
    public Map<String, Object> application() {
        List<ResultsData.FollowUp> responses = facts.data().followUps().stream()
                .filter(f -> f.respondedOn().getYear() == year).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("can_apply_share", Shares.share(responses.stream().filter(ResultsData.FollowUp::canApply).count(), responses.size()));
        out.put("example_share", Shares.share(responses.stream().filter(ResultsData.FollowUp::exampleGiven).count(), responses.size()));
        out.put("n", (long) responses.size());
        return out;
    }

    public Map<String, Object> credentials() {
        List<ResultsData.CredentialView> views = facts.data().credentialViews().stream()
                .filter(v -> v.viewedAt().atZone(ZoneOffset.UTC).getYear() == year).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("issued", facts.data().credentials().stream().filter(c -> c.issuedOn().getYear() == year).count());
        out.put("views", (long) views.size());
        out.put("viewers", views.stream().map(ResultsData.CredentialView::viewerId).distinct().count());
        return out;
    }

    /**
     * Learners whose first counted enrolment ever (earliest reporting date, ties by enrolment id)
     * is self-guided and falls in the year, and the share of them who later took a tutored one.
     */
    public Map<String, Object> journey() {
        Comparator<Facts.Counted> earliest = Comparator.comparing(Facts.Counted::reportingDate)
                .thenComparing(c -> c.enrolment().id(), Facts.CODE_POINT_ORDER);
        Map<String, List<Facts.Counted>> byLearner = facts.counted().stream()
                .collect(Collectors.groupingBy(Facts.Counted::participantId));
        long starters = 0, converted = 0;
        for (List<Facts.Counted> enrolments : byLearner.values()) {
            Facts.Counted first = enrolments.stream().min(earliest).orElseThrow();
            if (first.year() != year || first.modality() != Modality.SELF_GUIDED) {
                continue;
            }
            starters++;
            boolean laterTutored = enrolments.stream().anyMatch(c -> c.modality().isTutored()
                    && c.reportingDate().isAfter(first.reportingDate()));
            converted += laterTutored ? 1 : 0;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("self_guided_starters", starters);
        out.put("converted_share", Shares.share(converted, starters));
        return out;
    }
}
