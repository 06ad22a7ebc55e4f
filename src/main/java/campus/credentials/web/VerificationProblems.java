package campus.credentials.web;

import campus.credentials.internal.SubmittedCredential;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details for a submitted credential that cannot be verified at all, naming what is wrong. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = VerificationApiController.class)
class VerificationProblems {

    private final MessageSource messages;

    VerificationProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(SubmittedCredential.Rejected.class)
    ProblemDetail rejected(SubmittedCredential.Rejected rejected, Locale locale) {
        String message = messages.getMessage(rejected.messageKey(), rejected.arguments(), locale);
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        detail.setProperty("errors", List.of(Map.of("field", rejected.member(), "message", message)));
        return detail;
    }

    @ExceptionHandler(VerificationApiController.BodyTooLarge.class)
    ProblemDetail tooLarge(Locale locale) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, messages.getMessage("credential.problem.large",
                new Object[] {VerificationApiController.MAX_BODY_BYTES / 1024}, locale));
    }
}
