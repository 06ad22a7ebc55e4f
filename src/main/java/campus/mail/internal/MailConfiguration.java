package campus.mail.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The mail settings (campus.mail.*, README), read once and checked at start. */
@Configuration
class MailConfiguration {

    @Bean
    RetryPolicy mailRetryPolicy(@Value("${campus.mail.retry-base:PT1M}") Duration base,
                                @Value("${campus.mail.retry-max:PT1H}") Duration max,
                                @Value("${campus.mail.max-attempts:20}") int maxAttempts) {
        return new RetryPolicy(base, max, maxAttempts);
    }

    @Bean
    MessageIds mailMessageIds(@Value("${campus.base-url:http://localhost:8080}") String baseUrl) {
        return MessageIds.forBaseUrl(baseUrl);
    }
}
