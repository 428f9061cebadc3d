package com.ovconsole.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.model.TaskResource;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PollPolicyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static TaskResource running(int percent, Integer expectedSeconds) {
        return JSON.readValue("{\"uri\":\"/rest/tasks/1\",\"taskState\":\"Running\",\"computedPercentComplete\":"
                + percent + ",\"expectedDuration\":" + expectedSeconds + "}", TaskResource.class);
    }

    @Test
    void aTaskNearItsExpectedEndIsPolledWhenItShouldFinish() {
        Duration delay = PollPolicy.DEFAULT.delayBefore(Duration.ofSeconds(8), running(75, 8));

        assertThat(delay).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aLongTaskKeepsTheBackedOffInterval() {
        assertThat(PollPolicy.DEFAULT.delayBefore(Duration.ofSeconds(10), running(10, 3600)))
                .isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void anOverdueTaskIsNotPolledFasterThanTheInitialInterval() {
        assertThat(PollPolicy.DEFAULT.delayBefore(Duration.ofSeconds(8), running(100, 8)))
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void withoutAnExpectedDurationTheBackOffStands() {
        assertThat(PollPolicy.DEFAULT.delayBefore(Duration.ofSeconds(4), running(50, null)))
                .isEqualTo(Duration.ofSeconds(4));
        assertThat(PollPolicy.DEFAULT.delayBefore(Duration.ofSeconds(4), null)).isEqualTo(Duration.ofSeconds(4));
    }
}
