package campus.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem details for the API from filters, where no controller advice runs. */
@Component
class ApiProblemWriter {

    private final MessageSource messages;
    private final JsonMapper json;

    ApiProblemWriter(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, String messageKey) throws IOException {
        var locale = RequestContextUtils.getLocale(request);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), Map.of(
                "type", "about:blank",
                "title", HttpStatus.valueOf(status).getReasonPhrase(),
                "status", status,
                "detail", messages.getMessage(messageKey, null, locale),
                "instance", request.getRequestURI()));
    }
}
