package campus.partners;

import java.util.Locale;

/** What kind of organisation a partner is; the kinds the Centre works with. */
public enum PartnerKind {
    TRADE_UNION, EMPLOYERS, MINISTRY, UN_AGENCY, OTHER;

    /** The lower-case name used in forms and message keys. */
    public String code() { return name().toLowerCase(Locale.ROOT); }

    public static PartnerKind of(String code) { return valueOf(code.trim().toUpperCase(Locale.ROOT)); }
}
