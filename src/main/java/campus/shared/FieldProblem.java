package campus.shared;

/**
 * A business rule broken by one input field: the field's name and a message-bundle key, so pages
 * and the API can tell the user, in their language, which field to fix.
 */
public class FieldProblem extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public FieldProblem(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() { return field; }

    public String messageKey() { return messageKey; }

    public Object[] arguments() { return arguments; }
}
