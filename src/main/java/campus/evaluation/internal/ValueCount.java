package campus.evaluation.internal;

import java.math.BigDecimal;

/**
 * How many answers to an item had one value (a scale point 1–5, or yes 1 / no 0), and their share
 * of the item's answers from 0 to 1 (null when no one answered the item).
 */
public record ValueCount(int value, long count, BigDecimal share) {

    /** The share as a percentage, for drawing a bar 0–100 wide; 0 when no one answered. */
    public String percent() {
        return share == null ? "0" : share.movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
