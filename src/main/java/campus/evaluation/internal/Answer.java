package campus.evaluation.internal;

/** An answer to one item: a number (scale 1–5, yes 1 / no 0) or a text. */
public record Answer(Integer value, String text) {

    static Answer of(int value) {
        return new Answer(value, null);
    }

    static Answer of(String text) {
        return new Answer(null, text);
    }
}
