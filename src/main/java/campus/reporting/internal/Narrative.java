package campus.reporting.internal;

import campus.reporting.ResultsReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sentences of the annual report, written from the figures in the reader's language ("In 2024
 * the number of enrolments increased by 18 per cent from 2023 …"). A sentence whose figure is
 * missing (an empty denominator) is left out rather than written with a blank.
 */
@Component
public class Narrative {

    private final MessageSource messages;

    Narrative(MessageSource messages) {
        this.messages = messages;
    }

    public List<String> sentences(Map<String, Object> report, Locale locale) {
        int year = ((Number) report.get("year")).intValue();
        List<String> out = new ArrayList<>();
        Double growth = ResultsReport.figure(report, "enrolments.growth_vs_previous_year");
        long enrolments = count(report, "enrolments.total");
        if (growth == null) {
            out.add(say(locale, "narrative.enrolments", year, enrolments));
        } else {
            long percent = Math.round(Math.abs(growth) * 100);
            String key = percent == 0 ? "narrative.enrolments.same" : growth > 0 ? "narrative.enrolments.up" : "narrative.enrolments.down";
            out.add(say(locale, key, year, enrolments, percent, year - 1));
        }
        out.add(say(locale, "narrative.learners", count(report, "learners.total"), count(report, "countries")));
        Double women = ResultsReport.figure(report, "women_share.overall");
        Double womenOnline = ResultsReport.figure(report, "women_share.online");
        if (women != null) {
            out.add(womenOnline == null ? say(locale, "narrative.women", pct(women))
                    : say(locale, "narrative.women.online", pct(women), pct(womenOnline)));
        }
        long learners = count(report, "learners.total");
        if (learners > 0) {
            out.add(say(locale, "narrative.online", Math.round(100.0 * count(report, "learners.online") / learners)));
        }
        Double satisfaction = ResultsReport.figure(report, "satisfaction.overall.mean");
        if (satisfaction != null) {
            out.add(say(locale, "narrative.satisfaction", Math.round(satisfaction * 10) / 10.0, count(report, "satisfaction.overall.n")));
        }
        Double gain = ResultsReport.figure(report, "knowledge.gain_share");
        if (gain != null) {
            out.add(say(locale, "narrative.knowledge", pct(gain), count(report, "knowledge.n")));
        }
        Double apply = ResultsReport.figure(report, "application.can_apply_share");
        if (apply != null) {
            out.add(say(locale, "narrative.application", pct(apply), count(report, "application.n")));
        }
        out.add(say(locale, "narrative.credentials", count(report, "credentials.issued"), count(report, "credentials.views"),
                count(report, "credentials.viewers")));
        Double biennium = ResultsReport.figure(report, "biennium.learners_growth_vs_previous");
        String period = String.valueOf(((Map<?, ?>) report.get("biennium")).get("period"));
        if (biennium != null) {
            out.add(say(locale, biennium >= 0 ? "narrative.biennium.up" : "narrative.biennium.down", period,
                    count(report, "biennium.learners"), Math.round(Math.abs(biennium) * 100)));
        }
        return out;
    }

    private String say(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static long pct(double share) {
        return Math.round(share * 100);
    }

    private static long count(Map<String, Object> report, String path) {
        Double n = ResultsReport.figure(report, path);
        return n == null ? 0 : n.longValue();
    }
}
