package campus.partners.web;

import campus.partners.PartnerView;

/**
 * The space's colours as a small style sheet. The colours were checked to be #rrggbb when saved; text on
 * the partner's colour is black or white, whichever contrasts more (WCAG relative luminance).
 */
final class SpaceTheme {

    private SpaceTheme() {
    }

    static String css(PartnerView p) {
        String primary = p.primaryColour();
        String accent = p.accentColour();
        String onPrimary = textOn(primary);
        String onAccent = textOn(accent);
        return ".space-banner{background:" + primary + ";color:" + onPrimary + ";padding:1rem;border-bottom:.4rem solid " + accent + "}\n"
                + ".space-banner a,.space-banner h1{color:" + onPrimary + "}\n"
                + ".space-banner img{max-height:4rem;max-width:12rem;background:#fff;padding:.2rem}\n"
                + ".space .button,.space button[type=submit]{background:" + accent + ";color:" + onAccent + ";border-color:" + accent + "}\n"
                + ".space .card{border-left:.3rem solid " + primary + "}\n";
    }

    static String textOn(String colour) {
        double l = luminance(colour);
        // contrast with white (1.05 / (l + .05)) against contrast with black ((l + .05) / .05)
        return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? "#ffffff" : "#000000";
    }

    private static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
