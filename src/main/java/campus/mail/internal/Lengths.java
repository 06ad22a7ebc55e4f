package campus.mail.internal;

/** Shortening texts to a column's length without cutting a character in two. */
final class Lengths {

    private Lengths() {
    }

    /** The text itself when it fits, otherwise its start and "…", {@code limit} chars in all. */
    static String fit(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int end = limit - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
