package campus.partners.web;

import campus.partners.PartnerKind;
import campus.partners.PartnerView;

/** The Centre's form for a partner organisation; the slug (its space's address) is chosen once. */
public final class PartnerForm {

    public String slug = "";
    public String name = "";
    public PartnerKind kind = PartnerKind.TRADE_UNION;
    public String country = "";
    public String contactEmail = "";

    static PartnerForm of(PartnerView p) {
        PartnerForm f = new PartnerForm();
        f.slug = p.slug();
        f.name = p.name();
        f.kind = p.kind();
        f.country = p.country() == null ? "" : p.country();
        f.contactEmail = p.contactEmail() == null ? "" : p.contactEmail();
        return f;
    }
}
