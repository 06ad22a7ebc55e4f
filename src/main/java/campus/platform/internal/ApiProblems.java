package campus.platform.internal;

import campus.shared.FieldProblem;
import campus.shared.NotFound;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details for every /api controller, with messages in the caller's language. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(FieldProblem.class)
    ProblemDetail fieldProblem(FieldProblem problem, Locale locale) {
        String message = messages.getMessage(problem.messageKey(), problem.arguments(), locale);
        HttpStatus status = problem.field().equals("activity") || problem.field().equals("status")
                ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, message);
        detail.setProperty("errors", List.of(Map.of("field", problem.field(), "message", message)));
        return detail;
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail invalid(BindException invalid, Locale locale) {
        List<Map<String, String>> errors = invalid.getFieldErrors().stream()
                .map(e -> Map.of("field", e.getField(), "message", messages.getMessage(e, locale))).toList();
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("problem.invalid", null, locale));
        detail.setProperty("errors", errors);
        return detail;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound missing, Locale locale) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, messages.getMessage("problem.notfound", null, locale));
    }
}
