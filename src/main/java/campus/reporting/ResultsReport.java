package campus.reporting;

import campus.reporting.internal.BienniumIndicators;
import campus.reporting.internal.Facts;
import campus.reporting.internal.OutcomeIndicators;
import campus.reporting.internal.YearIndicators;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outreach and results report of one year, exactly as docs/indicators.md defines it: one JSON
 * object whose keys keep their names and meaning. Shares and means are unrounded; a share over an
 * empty denominator is null.
 */
public final class ResultsReport {

    private ResultsReport() {
    }

    /** Every indicator of the year, in the specification's order and names. */
    public static Map<String, Object> compute(ResultsData data, int year) {
        Facts facts = new Facts(data);
        YearIndicators figures = new YearIndicators(facts, year);
        OutcomeIndicators outcomes = new OutcomeIndicators(facts, year);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("year", year);
        report.put("enrolments", figures.enrolments());
        report.put("learners", figures.learners());
        report.put("countries", figures.countries());
        report.put("learners_by_country", figures.learnersByCountry());
        report.put("income_groups", figures.incomeGroups());
        report.put("women_share", figures.womenShare());
        report.put("age_bands", figures.ageBands());
        report.put("constituents", figures.constituents());
        report.put("satisfaction", figures.satisfaction());
        report.put("knowledge", figures.knowledge());
        report.put("application", outcomes.application());
        report.put("credentials", outcomes.credentials());
        report.put("journey", outcomes.journey());
        report.put("partners", figures.partners());
        report.put("biennium", new BienniumIndicators(facts, year).figures());
        return report;
    }

    /** The number at a dotted path of a report ("satisfaction.overall.mean"), or null when absent or null. */
    @SuppressWarnings("unchecked")
    public static Double figure(Map<String, Object> report, String path) {
        Object value = report;
        for (String key : path.split("\\.")) {
            if (!(value instanceof Map)) {
                return null;
            }
            value = ((Map<String, Object>) value).get(key);
        }
        return value instanceof Number n ? n.doubleValue() : null;
    }

    /**
     * The part of the data that belongs to one partner: its activities, their enrolments and
     * everything attached to those enrolments. Its report is the partner's report.
     */
    public static ResultsData forPartner(ResultsData data, String partnerId) {
        Set<String> activities = data.activities().stream().filter(a -> Objects.equals(partnerId, a.partnerId()))
                .map(ResultsData.Activity::id).collect(Collectors.toSet());
        Set<String> enrolments = data.enrolments().stream().filter(e -> activities.contains(e.activityId()))
                .map(ResultsData.Enrolment::id).collect(Collectors.toSet());
        Set<String> credentials = data.credentials().stream().filter(c -> enrolments.contains(c.enrolmentId()))
                .map(ResultsData.Credential::credentialId).collect(Collectors.toSet());
        return new ResultsData(data.participants(),
                data.partners().stream().filter(p -> p.id().equals(partnerId)).toList(),
                data.activities().stream().filter(a -> activities.contains(a.id())).toList(),
                data.enrolments().stream().filter(e -> enrolments.contains(e.id())).toList(),
                data.satisfaction().stream().filter(s -> enrolments.contains(s.enrolmentId())).toList(),
                data.knowledgeTests().stream().filter(k -> enrolments.contains(k.enrolmentId())).toList(),
                data.followUps().stream().filter(f -> enrolments.contains(f.enrolmentId())).toList(),
                data.credentials().stream().filter(c -> credentials.contains(c.credentialId())).toList(),
                data.credentialViews().stream().filter(v -> credentials.contains(v.credentialId())).toList(),
                data.incomeGroups());
    }
}
