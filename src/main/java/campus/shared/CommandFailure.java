package campus.shared;

/** A command-line verb could not do what was asked; the message says what to fix. */
public class CommandFailure extends RuntimeException {

    public CommandFailure(String message) {
        super(message);
    }
}
