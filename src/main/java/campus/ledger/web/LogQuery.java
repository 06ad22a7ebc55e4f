package campus.ledger.web;

import java.util.Base64;
import java.util.HexFormat;

/**
 * Reads the log API's query parameters from their text, so that every malformed value becomes a
 * 400 naming its parameter rather than a conversion error.
 */
final class LogQuery {

    private LogQuery() {
    }

    static long number(String parameter, String text) {
        if (text == null || text.isBlank()) {
            throw LogQueryProblem.bad(parameter, "ledger.problem.missing");
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw LogQueryProblem.bad(parameter, "ledger.problem.number");
        }
    }

    static long number(String parameter, String text, long fallback) {
        return text == null || text.isBlank() ? fallback : number(parameter, text);
    }

    static long atLeast(String parameter, long value, long least) {
        if (value < least) {
            throw LogQueryProblem.bad(parameter, least == 0 ? "ledger.problem.negative" : "ledger.problem.positive");
        }
        return value;
    }

    /** A SHA-256 hash in standard or URL-safe base64 (a '+' that arrived as a space is repaired) or in hex. */
    static byte[] hash(String parameter, String text) {
        String value = text.strip().replace(' ', '+');
        byte[] hash = null;
        try {
            if (value.length() == 64 && value.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                hash = HexFormat.of().parseHex(value);
            } else if (value.indexOf('-') >= 0 || value.indexOf('_') >= 0) {
                hash = Base64.getUrlDecoder().decode(value);
            } else {
                hash = Base64.getDecoder().decode(value);
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        if (hash == null || hash.length != 32) {
            throw LogQueryProblem.bad(parameter, "ledger.problem.hash");
        }
        return hash;
    }
}
