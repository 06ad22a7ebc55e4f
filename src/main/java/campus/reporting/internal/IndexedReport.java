package campus.reporting.internal;

import campus.shared.Modality;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The year's report from a ResultsIndex in a few passes over arrays: the year's enrolments are one
 * contiguous range, each learner is counted once per set with a mark per participant. Same
 * definitions, same arithmetic (Shares) and same JSON shape as ResultsReport.
 */
final class IndexedReport {

    private static final Modality[] MODALITIES = Modality.values();
    private static final List<String> SET_NAMES = List.of("overall", "online", "face_to_face", "online_tutored",
            "self_guided", "blended");
    private static final int SETS = 6;
    private static final int PARTNER_BIT = 1 << SETS;
    /** For each modality, the bits of the sets an enrolment of it counts in. */
    private static final int[] SETS_OF = setsOf();

    private IndexedReport() {
    }

    static Map<String, Object> compute(ResultsIndex x, int y) {
        int from = x.firstOfYear(y), to = x.firstOfYear(y + 1);
        Year year = new Year(x, y, from, to);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("year", y);
        report.put("enrolments", year.enrolments(to - from, from - x.firstOfYear(y - 1)));
        report.put("learners", year.learners());
        report.put("countries", year.countries);
        report.put("learners_by_country", year.learnersByCountry(x));
        report.put("income_groups", year.incomeGroups());
        report.put("women_share", year.womenShare());
        report.put("age_bands", year.ageBands());
        report.put("constituents", year.constituents());
        report.put("satisfaction", satisfaction(x, y));
        report.put("knowledge", knowledge(x, y));
        report.put("application", application(x, y));
        report.put("credentials", credentials(x, y));
        report.put("journey", journey(x, y));
        Map<String, Object> partners = new LinkedHashMap<>();
        partners.put("enrolments", year.partnerEnrolments);
        partners.put("learners", year.partnerLearners);
        report.put("partners", partners);
        report.put("biennium", biennium(x, y));
        return report;
    }

    private static int[] setsOf() {
        int[] sets = new int[MODALITIES.length];
        for (int m = 0; m < MODALITIES.length; m++) {
            for (int s = 0; s < SETS; s++) {
                sets[m] |= inSet(s, m) ? 1 << s : 0;
            }
        }
        return sets;
    }

    /** The sets an enrolment of this modality counts in: overall, maybe online, and its modality. */
    private static boolean inSet(int set, int modality) {
        return set == 0 || (set == 1 && (modality == Modality.ONLINE_TUTORED.ordinal()
                || modality == Modality.SELF_GUIDED.ordinal())) || set == 2 + modality;
    }

    /** Counts of one year's range of enrolments, by set, each learner once per set. */
    private static final class Year {
        final int y;
        final long[] byModality = new long[4];
        final long[] learners = new long[SETS];
        final long[] disclosed = new long[SETS];
        final long[] women = new long[SETS];
        final long[] withAge = new long[SETS];
        final long[][] bands = new long[SETS][5];
        final long[] income = new long[5];
        final long[] constituents = new long[4];
        final long[] perCountry;
        long countries;
        long partnerEnrolments;
        long partnerLearners;

        Year(ResultsIndex x, int y, int from, int to) {
            this.y = y;
            // one byte per learner, a bit per set counted in (bit 6: a partner's learner): at millions of learners
            // six boolean arrays cost more in memory traffic than the counting itself
            byte[] counted = new byte[x.participantCount];
            boolean[] country = new boolean[x.countryCount];
            perCountry = new long[x.countryCount];
            for (int i = from; i < to; i++) {
                int p = x.participant[i];
                int m = x.modality[i];
                byModality[m]++;
                constituents[x.constituent[p]]++;
                int seen = counted[p];
                if (x.withPartner[i]) {
                    partnerEnrolments++;
                    if ((seen & PARTNER_BIT) == 0) {
                        seen |= PARTNER_BIT;
                        partnerLearners++;
                    }
                }
                int sets = SETS_OF[m] & ~seen;
                if (sets != 0) {
                    count(x, p, sets, country);
                    seen |= sets;
                }
                counted[p] = (byte) seen;
            }
        }

        /** Counts learner p once in each set whose bit is on. */
        private void count(ResultsIndex x, int p, int sets, boolean[] country) {
            boolean disclosedGender = x.gender[p] != 3, woman = x.gender[p] == 0;
            boolean aged = x.birthYear[p] != ResultsIndex.NO_BIRTH_YEAR;
            int band = aged ? YearIndicators.AGE_BANDS.indexOf(YearIndicators.band(y - x.birthYear[p])) : -1;
            for (int s = 0; s < SETS; s++) {
                if ((sets & (1 << s)) == 0) {
                    continue;
                }
                learners[s]++;
                disclosed[s] += disclosedGender ? 1 : 0;
                women[s] += woman ? 1 : 0;
                if (aged) {
                    withAge[s]++;
                    bands[s][band]++;
                }
            }
            if ((sets & 1) != 0) {
                income[x.incomeGroup[p]]++;
                if (x.country[p] >= 0) {
                    perCountry[x.country[p]]++;
                    if (!country[x.country[p]]) {
                        country[x.country[p]] = true;
                        countries++;
                    }
                }
            }
        }

        Map<String, Object> enrolments(long total, long previous) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("total", total);
            out.put("by_modality", perModality(byModality));
            out.put("growth_vs_previous_year", Shares.growth(total, previous));
            return out;
        }

        Map<String, Object> learners() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("total", learners[0]);
            out.put("by_modality", perModality(new long[] {learners[2], learners[3], learners[4], learners[5]}));
            out.put("online", learners[1]);
            return out;
        }

        List<Map<String, Object>> learnersByCountry(ResultsIndex x) {
            Map<String, Long> counts = new java.util.TreeMap<>();
            for (int c = 0; c < perCountry.length; c++) {
                if (perCountry[c] > 0) {
                    counts.put(x.countryCodes[c], perCountry[c]);
                }
            }
            return YearIndicators.ranked(counts);
        }

        Map<String, Object> incomeGroups() {
            Map<String, Object> out = new LinkedHashMap<>();
            for (int g = 0; g < 5; g++) {
                out.put(YearIndicators.INCOME_GROUPS.get(g), Shares.share(income[g], learners[0]));
            }
            return out;
        }

        Map<String, Object> womenShare() {
            Map<String, Object> out = new LinkedHashMap<>();
            for (int s = 0; s < SETS; s++) {
                out.put(SET_NAMES.get(s), Shares.share(women[s], disclosed[s]));
            }
            return out;
        }

        Map<String, Object> ageBands() {
            Map<String, Object> out = new LinkedHashMap<>();
            for (int s = 0; s < SETS; s++) {
                Map<String, Object> set = new LinkedHashMap<>();
                for (int b = 0; b < 5; b++) {
                    set.put(YearIndicators.AGE_BANDS.get(b), Shares.share(bands[s][b], withAge[s]));
                }
                out.put(SET_NAMES.get(s), set);
            }
            return out;
        }

        Map<String, Object> constituents() {
            Map<String, Object> out = new LinkedHashMap<>();
            for (int c = 0; c < 4; c++) {
                out.put(ResultsIndex.CONSTITUENTS[c], constituents[c]);
            }
            out.put("core_total", constituents[0] + constituents[1] + constituents[2]);
            return out;
        }
    }

    private static Map<String, Object> perModality(long[] counts) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Modality m : MODALITIES) {
            out.put(m.code(), counts[m.ordinal()]);
        }
        return out;
    }

    private static Map<String, Object> satisfaction(ResultsIndex x, int y) {
        long[] sum = new long[SETS];
        long[] n = new long[SETS];
        for (int i = 0; i < x.satisfactionEnrolment.length; i++) {
            int e = x.satisfactionEnrolment[i];
            if (e < 0 || x.year[e] != y) {
                continue;
            }
            for (int s = 0; s < SETS; s++) {
                if (inSet(s, x.modality[e])) {
                    sum[s] += x.satisfactionOverall[i];
                    n[s]++;
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int s = 0; s < SETS; s++) {
            out.put(SET_NAMES.get(s), Shares.mean(sum[s], n[s]));
        }
        return out;
    }

    private static Map<String, Object> knowledge(ResultsIndex x, int y) {
        long n = 0, gained = 0;
        for (int i = 0; i < x.knowledgeEnrolment.length; i++) {
            int e = x.knowledgeEnrolment[i];
            if (e >= 0 && x.year[e] == y) {
                n++;
                gained += x.knowledgeGained[i] ? 1 : 0;
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("gain_share", Shares.share(gained, n));
        out.put("n", n);
        return out;
    }

    private static Map<String, Object> application(ResultsIndex x, int y) {
        long n = 0, apply = 0, example = 0;
        for (int i = 0; i < x.followUpYear.length; i++) {
            if (x.followUpYear[i] == y) {
                n++;
                apply += x.followUpCanApply[i] ? 1 : 0;
                example += x.followUpExample[i] ? 1 : 0;
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("can_apply_share", Shares.share(apply, n));
        out.put("example_share", Shares.share(example, n));
        out.put("n", n);
        return out;
    }

    private static Map<String, Object> credentials(ResultsIndex x, int y) {
        long issued = 0, views = 0, viewers = 0;
        for (int issuedYear : x.credentialYear) {
            issued += issuedYear == y ? 1 : 0;
        }
        boolean[] seen = new boolean[x.viewerCount];
        for (int i = 0; i < x.viewYear.length; i++) {
            if (x.viewYear[i] == y) {
                views++;
                if (!seen[x.viewer[i]]) {
                    seen[x.viewer[i]] = true;
                    viewers++;
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("issued", issued);
        out.put("views", views);
        out.put("viewers", viewers);
        return out;
    }

    private static Map<String, Object> journey(ResultsIndex x, int y) {
        long starters = 0, converted = 0;
        for (int p = 0; p < x.participantCount; p++) {
            if (x.firstYear[p] == y && x.firstSelfGuided[p]) {
                starters++;
                converted += x.converted[p] ? 1 : 0;
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("self_guided_starters", starters);
        out.put("converted_share", Shares.share(converted, starters));
        return out;
    }

    /** Learners (and women among them) of the two years starting at firstYear. */
    private static long[] learnersOf(ResultsIndex x, int firstYear) {
        boolean[] seen = new boolean[x.participantCount];
        long learners = 0, women = 0;
        for (int i = x.firstOfYear(firstYear), to = x.firstOfYear(firstYear + 2); i < to; i++) {
            int p = x.participant[i];
            if (!seen[p]) {
                seen[p] = true;
                learners++;
                women += x.gender[p] == 0 ? 1 : 0;
            }
        }
        return new long[] {learners, women};
    }

    private static Map<String, Object> biennium(ResultsIndex x, int y) {
        int start = Math.floorMod(y, 2) == 0 ? y : y - 1;
        int from = x.firstOfYear(start), to = x.firstOfYear(start + 2);
        long core = 0;
        for (int i = from; i < to; i++) {
            core += x.constituent[x.participant[i]] < 3 ? 1 : 0;
        }
        long[] now = learnersOf(x, start), previous = learnersOf(x, start - 2), twoBefore = learnersOf(x, start - 4);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("period", BienniumIndicators.period(start));
        out.put("enrolments", (long) (to - from));
        out.put("learners", now[0]);
        out.put("women_learners", now[1]);
        out.put("learners_growth_vs_previous", Shares.growth(now[0], previous[0]));
        out.put("learners_ratio_vs_two_before", Shares.ratio(now[0], twoBefore[0]));
        out.put("women_growth_vs_previous", Shares.growth(now[1], previous[1]));
        out.put("core_constituent_enrolments", core);
        return out;
    }
}
