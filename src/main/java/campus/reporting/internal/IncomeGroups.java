package campus.reporting.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The World Bank income classification the platform ships (fiscal year 2026, from July 2025), by
 * ISO 3166-1 alpha-2 code; economies without a group (e.g. Venezuela) are "unclassified". An imported
 * income_groups.csv replaces the whole table.
 */
public final class IncomeGroups {

    private static final Map<String, String> FY2026 = new HashMap<>();

    static {
        put("low", "AF BF BI CF TD CD ER ET GM GW KP LR MG MW ML MZ NE RW SL SO SS SD SY TG UG YE");
        put("lower_middle", "AO BD BJ BT BO KH CM KM CG CI DJ EG SZ GH GN HT HN IN JO KE KI KG LA LB LS MR FM MA MM NA NP"
                + " NI NG PK PG PH ST SN SB LK TZ TJ TL TN UZ VU VN PS ZM ZW");
        put("upper_middle", "AL DZ AS AR AM AZ BY BZ BA BW BR CV CN CO CU DM DO EC SV GQ FJ GA GE GD GT ID IR IQ JM KZ"
                + " LY MY MV MH MU MX MD MN ME MK PY PE WS RS ZA LC VC SR TH TO TR TM TV UA");
        put("high", "AD AG AW AU AT BS BH BB BE BM VG BN BG CA KY JE GG CL CR HR CW CY CZ DK EE FO FI FR PF DE GI GR GL"
                + " GU GY HK HU IS IE IM IL IT JP KR KW LV LI LT LU MO MT MC NR NL NC NZ MP NO OM PW PA PL PT PR QA RO RU"
                + " SM SA SC SG SX SK SI ES KN MF SE CH TW TT TC AE GB US UY VI");
    }

    private IncomeGroups() {
    }

    private static void put(String group, String codes) {
        for (String code : codes.split(" ")) {
            FY2026.put(code, group);
        }
    }

    /** The shipped table, country code to group. */
    public static Map<String, String> fiscalYear2026() {
        return Map.copyOf(FY2026);
    }
}
