package campus.keys.internal;

/** The signing keys cannot be used: the key-encryption key is missing, malformed or not the one they were stored under. */
public class KeysUnavailable extends IllegalStateException {

    KeysUnavailable(String message) {
        super(message);
    }

    KeysUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
