package campus.shared;

/** Something asked for by id does not exist, or the asker may not know that it does. */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what);
    }
}
