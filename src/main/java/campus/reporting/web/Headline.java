package campus.reporting.web;

import campus.reporting.ResultsReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A headline figure of the dashboard: its value and its change on the previous period (null when none). */
record Headline(String labelKey, Double value, boolean share, Double change, String changeKey) {

    static List<Headline> of(Map<String, Object> report, Map<String, Object> previous) {
        List<Headline> headlines = new ArrayList<>();
        headlines.add(new Headline("dashboard.h.enrolments", n(report, "enrolments.total"), false,
                n(report, "enrolments.growth_vs_previous_year"), "dashboard.change.year"));
        headlines.add(new Headline("dashboard.h.learners", n(report, "learners.total"), false,
                growth(n(report, "learners.total"), previous == null ? null : n(previous, "learners.total")),
                "dashboard.change.year"));
        headlines.add(new Headline("dashboard.h.biennium", n(report, "biennium.learners"), false,
                n(report, "biennium.learners_growth_vs_previous"), "dashboard.change.biennium"));
        headlines.add(new Headline("dashboard.h.countries", n(report, "countries"), false, null, null));
        headlines.add(new Headline("dashboard.h.women", n(report, "women_share.overall"), true, null, null));
        headlines.add(new Headline("dashboard.h.satisfaction", n(report, "satisfaction.overall.mean"), false, null, null));
        headlines.add(new Headline("dashboard.h.gain", n(report, "knowledge.gain_share"), true, null, null));
        headlines.add(new Headline("dashboard.h.apply", n(report, "application.can_apply_share"), true, null, null));
        headlines.add(new Headline("dashboard.h.credentials", n(report, "credentials.issued"), false, null, null));
        headlines.add(new Headline("dashboard.h.viewers", n(report, "credentials.viewers"), false, null, null));
        return headlines;
    }

    private static Double n(Map<String, Object> report, String path) {
        return ResultsReport.figure(report, path);
    }

    private static Double growth(Double now, Double before) {
        return now == null || before == null || before == 0 ? null : now / before - 1;
    }

    /** The value as the reader writes numbers ("1,728" in English, "1 728" in French). */
    public String text(java.util.Locale locale) {
        if (value == null) {
            return "–";
        }
        if (share) {
            return String.format(locale, "%.1f %%", value * 100);
        }
        return value == Math.rint(value) ? String.format(locale, "%,d", value.longValue())
                : String.format(locale, "%.2f", value);
    }

    public String changeText(java.util.Locale locale) {
        return change == null ? null : String.format(locale, "%+.1f %%", change * 100);
    }
}
