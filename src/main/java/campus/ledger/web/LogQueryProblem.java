package campus.ledger.web;

import org.springframework.http.HttpStatus;

/** A log API request that cannot be answered as asked: the parameter at fault and a message-bundle key. */
class LogQueryProblem extends RuntimeException {

    private final HttpStatus status;
    private final String parameter;
    private final String messageKey;
    private final transient Object[] arguments;

    LogQueryProblem(HttpStatus status, String parameter, String messageKey, Object... arguments) {
        super(parameter + ": " + messageKey);
        this.status = status;
        this.parameter = parameter;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    static LogQueryProblem bad(String parameter, String messageKey, Object... arguments) {
        return new LogQueryProblem(HttpStatus.BAD_REQUEST, parameter, messageKey, arguments);
    }

    HttpStatus status() {
        return status;
    }

    String parameter() {
        return parameter;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
