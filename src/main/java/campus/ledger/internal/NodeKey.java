package campus.ledger.internal;

/**
 * A complete subtree of the log: at level L and position p it covers leaves [p * 2^L, (p + 1) * 2^L).
 * Level 0 is a leaf. Once the log holds those leaves its hash never changes.
 */
record NodeKey(int level, long position) {

    long start() {
        return position << level;
    }

    /** The log_subtree row key: level * 2^56 + position. */
    long node() {
        return ((long) level << 56) | position;
    }

    static NodeKey ofNode(long node) {
        return new NodeKey((int) (node >>> 56), node & ((1L << 56) - 1));
    }
}
