package campus.reporting.web;

import campus.reporting.ResultsReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the dashboard's charts from the reports of the years up to the one chosen. */
final class DashboardCharts {

    static final List<String> MODALITIES = List.of("face_to_face", "online_tutored", "self_guided", "blended");
    static final List<String> SETS = List.of("overall", "online", "face_to_face", "online_tutored", "self_guided", "blended");
    static final List<String> BANDS = List.of("under_25", "25_34", "35_44", "45_54", "55_plus");
    static final List<String> INCOME = List.of("low", "lower_middle", "upper_middle", "high", "unclassified");
    static final List<String> CORE = List.of("government", "employers", "workers");

    static final int COUNTRIES_SHOWN = 15;

    private final Map<Integer, Map<String, Object>> reports;
    private final Map<String, Object> current;
    private final java.util.Locale locale;

    DashboardCharts(Map<Integer, Map<String, Object>> reports, int year, java.util.Locale locale) {
        this.reports = reports;
        this.current = reports.get(year);
        this.locale = locale;
    }

    List<Chart> all() {
        return List.of(enrolmentsByModality(), countries(), womenShare(), ageBands(), incomeGroups(), constituents(),
                satisfaction(), outcomes(), credentials(), journey());
    }

    /** The countries with most learners, named in the reader's language. */
    @SuppressWarnings("unchecked")
    Chart countries() {
        List<Map<String, Object>> ranked = (List<Map<String, Object>>) current.getOrDefault("learners_by_country", List.of());
        return new Chart("countries", "dashboard.chart.countries", List.of("dashboard.series.learners"),
                ranked.stream().limit(COUNTRIES_SHOWN).map(row -> new Chart.Row(
                        campus.shared.Countries.name((String) row.get("country"), locale), false,
                        java.util.Arrays.asList(((Number) row.get("learners")).doubleValue()))).toList(), false, false);
    }

    Chart enrolmentsByModality() {
        return overYears("enrolments", "dashboard.chart.enrolments", prefixed("modality.", MODALITIES), false, true,
                r -> MODALITIES.stream().map(m -> ResultsReport.figure(r, "enrolments.by_modality." + m)).toList());
    }

    Chart womenShare() {
        return new Chart("women", "dashboard.chart.women", List.of("dashboard.series.women"),
                SETS.stream().map(s -> new Chart.Row(set(s), true, java.util.Arrays.asList(ResultsReport.figure(current, "women_share." + s))))
                        .toList(), true, false);
    }

    Chart ageBands() {
        return new Chart("ages", "dashboard.chart.ages", prefixed("dashboard.band.", BANDS),
                SETS.stream().map(s -> new Chart.Row(set(s), true, BANDS.stream()
                        .map(b -> ResultsReport.figure(current, "age_bands." + s + "." + b)).toList())).toList(), true, true);
    }

    Chart incomeGroups() {
        return new Chart("income", "dashboard.chart.income", List.of("dashboard.series.learners"),
                INCOME.stream().map(g -> new Chart.Row("dashboard.income." + g, true,
                        java.util.Arrays.asList(ResultsReport.figure(current, "income_groups." + g)))).toList(), true, false);
    }

    Chart constituents() {
        return overYears("constituents", "dashboard.chart.constituents", prefixed("constituent.", CORE), false, true,
                r -> CORE.stream().map(c -> ResultsReport.figure(r, "constituents." + c)).toList());
    }

    Chart satisfaction() {
        return new Chart("satisfaction", "dashboard.chart.satisfaction", List.of("dashboard.series.mean"),
                SETS.stream().map(s -> new Chart.Row(set(s), true, java.util.Arrays.asList(ResultsReport.figure(current, "satisfaction." + s + ".mean"))))
                        .toList(), false, false);
    }

    Chart outcomes() {
        return overYears("outcomes", "dashboard.chart.outcomes",
                List.of("dashboard.series.gain", "dashboard.series.apply", "dashboard.series.example"), true, false,
                r -> java.util.Arrays.asList(ResultsReport.figure(r, "knowledge.gain_share"), ResultsReport.figure(r, "application.can_apply_share"),
                        ResultsReport.figure(r, "application.example_share")));
    }

    Chart credentials() {
        return overYears("credentials", "dashboard.chart.credentials",
                List.of("dashboard.series.issued", "dashboard.series.views", "dashboard.series.viewers"), false, false,
                r -> java.util.Arrays.asList(ResultsReport.figure(r, "credentials.issued"), ResultsReport.figure(r, "credentials.views"), ResultsReport.figure(r, "credentials.viewers")));
    }

    Chart journey() {
        return overYears("journey", "dashboard.chart.journey", List.of("dashboard.series.converted"), true, false,
                r -> java.util.Arrays.asList(ResultsReport.figure(r, "journey.converted_share")));
    }

    private Chart overYears(String id, String title, List<String> series, boolean shares, boolean stacked,
                            java.util.function.Function<Map<String, Object>, List<Double>> values) {
        List<Chart.Row> rows = new ArrayList<>();
        reports.forEach((year, report) -> rows.add(new Chart.Row(String.valueOf(year), false, values.apply(report))));
        return new Chart(id, title, series, rows, shares, stacked);
    }

    private static String set(String set) {
        return set.equals("overall") || set.equals("online") ? "dashboard.set." + set : "modality." + set;
    }

    private static List<String> prefixed(String prefix, List<String> codes) {
        return codes.stream().map(c -> prefix + c).toList();
    }

}
