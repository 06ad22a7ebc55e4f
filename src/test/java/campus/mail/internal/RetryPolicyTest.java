package campus.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void theWaitDoublesFromTheBaseUpToTheCap() {
        RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 20);
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.delayAfter(19)).isEqualTo(Duration.ofHours(1));
        // no overflow however many failures an administrator's retries pile up
        assertThat(policy.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aCapBetweenTwoStepsIsKeptExactly() {
        RetryPolicy policy = new RetryPolicy(Duration.ofMillis(200), Duration.ofMillis(700), 5);
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMillis(700));
    }

    @Test
    void givesUpAtTheLastAttempt() {
        RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 3);
        assertThat(policy.givesUpAfter(2)).isFalse();
        assertThat(policy.givesUpAfter(3)).isTrue();
    }

    @Test
    void nonsenseSettingsStopTheStart() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofHours(1), 20)).hasMessageContaining("retry-base");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofHours(2), Duration.ofHours(1), 20)).hasMessageContaining("retry-max");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 0)).hasMessageContaining("max-attempts");
    }
}
