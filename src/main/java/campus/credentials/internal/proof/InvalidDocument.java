package campus.credentials.internal.proof;

/** A document that cannot be secured or checked: not JSON-LD, an unknown context, a malformed proof. */
public class InvalidDocument extends RuntimeException {

    public InvalidDocument(String message) {
        super(message);
    }
}
