package campus.reporting.internal;

import campus.reporting.ResultsData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The biennium containing the year (two years starting at an even year, "2024-25"), with all data of both. */
public final class BienniumIndicators {

    private final Facts facts;
    private final int start;

    public BienniumIndicators(Facts facts, int year) {
        this.facts = facts;
        this.start = Math.floorMod(year, 2) == 0 ? year : year - 1;
    }

    static String period(int start) {
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    private List<Facts.Counted> of(int firstYear) {
        return facts.inYears(firstYear, firstYear + 1);
    }

    private long learners(int firstYear) {
        return YearIndicators.learners(of(firstYear)).size();
    }

    private long women(int firstYear) {
        return YearIndicators.learners(of(firstYear)).stream().map(ResultsData.Participant::gender)
                .filter("female"::equals).count();
    }

    public Map<String, Object> figures() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("period", period(start));
        out.put("enrolments", (long) of(start).size());
        out.put("learners", learners(start));
        out.put("women_learners", women(start));
        out.put("learners_growth_vs_previous", Shares.growth(learners(start), learners(start - 2)));
        out.put("learners_ratio_vs_two_before", Shares.ratio(learners(start), learners(start - 4)));
        out.put("women_growth_vs_previous", Shares.growth(women(start), women(start - 2)));
        out.put("core_constituent_enrolments", YearIndicators.coreEnrolments(of(start)));
        return out;
    }
}
