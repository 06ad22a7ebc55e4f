package campus.ledger.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details for the log API, naming the parameter at fault, in the caller's language. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = LogApiController.class)
class LogProblems {

    private final MessageSource messages;

    LogProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(LogQueryProblem.class)
    ProblemDetail problem(LogQueryProblem problem, Locale locale) {
        Object[] arguments = new Object[problem.arguments().length + 1];
        arguments[0] = problem.parameter();
        System.arraycopy(problem.arguments(), 0, arguments, 1, problem.arguments().length);
        String message = messages.getMessage(problem.messageKey(), arguments, locale);
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(problem.status(), message);
        detail.setProperty("parameter", problem.parameter());
        detail.setProperty("errors", List.of(Map.of("field", problem.parameter(), "message", message)));
        return detail;
    }
}
