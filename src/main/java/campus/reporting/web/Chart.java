package campus.reporting.web;

import java.util.ArrayList;
import java.util.List;

/**
 * One dashboard chart as data: rows (a year, a modality…) of values per series. It draws itself
 * as horizontal bars in SVG (no script, so it shows on any phone), and writes its data as CSV.
 */
record Chart(String id, String titleKey, List<String> seriesKeys, List<Row> rows, boolean shares, boolean stacked) {

    /** A labelled row; a null value is "no data" (an empty denominator). */
    record Row(String label, boolean labelIsKey, List<Double> values) {
    }

    /** A bar as the SVG draws it, in percent of the drawing's width. */
    record Bar(double x, double width, int series, String text) {
    }


    public double max() {
        double max = 0;
        for (Row row : rows) {
            double sum = 0;
            for (Double v : row.values()) {
                if (v != null) {
                    max = Math.max(max, v);
                    sum += v;
                }
            }
            if (stacked) {
                max = Math.max(max, sum);
            }
        }
        return shares ? 1.0 : max; // shares are drawn against the whole, 100 %
    }

    /** The bars of one row: stacked one after another, or one under another. */
    public List<Bar> bars(Row row) {
        double max = max();
        List<Bar> bars = new ArrayList<>();
        double x = 0;
        for (int s = 0; s < row.values().size(); s++) {
            Double v = row.values().get(s);
            double width = v == null || max == 0 ? 0 : 100 * v / max;
            bars.add(new Bar(stacked ? x : 0, width, s, v == null ? "–" : format(v)));
            x += width;
        }
        return bars;
    }

    public String format(double v) {
        if (shares) {
            return String.format(java.util.Locale.ROOT, "%.1f%%", v * 100);
        }
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.2f", v);
    }

    /** Height of a row's block in the SVG: one bar, or one per series when they are not stacked. */
    public int rowHeight() {
        return stacked ? 22 : 14 * seriesKeys.size() + 8;
    }
}
