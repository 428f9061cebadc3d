package com.ovconsole.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.TaskEvent;
import com.ovconsole.api.WriteResult;
import com.ovconsole.api.model.TaskState;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.ManualClock;
import com.ovconsole.testing.SimulatorFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The real TaskPoller riding out appliance trouble while a task runs. */
class TaskPollerAgainstSimulatorTest {

    private final ManualClock clock = new ManualClock();

    @Test
    void pollerRidesOutFailingPollsAndStillSeesTheTaskFinish() {
        try (SimulatorFixture sim = SimulatorFixture.start(SimulatorConfig.builder().clock(clock).taskSeconds(2))) {
            ApplianceClient client = sim.signedInClient();
            WriteResult.Accepted backup = (WriteResult.Accepted) client.post("/rest/backups", null);
            try (PolledTask polled = new PolledTask(client, backup.task())) {
                assertThat(polled.next()).isInstanceOf(TaskEvent.Progress.class);

                sim.simulator().setFaultRate(1.0);
                TaskEvent troubled = polled.next();
                while (troubled instanceof TaskEvent.Progress) {
                    troubled = polled.next();
                }
                assertThat(troubled).isInstanceOf(TaskEvent.Reconnecting.class);
                assertThat(((TaskEvent.Reconnecting) troubled).cause().getMessage()).isNotBlank();

                sim.simulator().setFaultRate(0);
                clock.advance(Duration.ofSeconds(3));
                TaskEvent event = polled.next();
                while (event instanceof TaskEvent.Reconnecting || event instanceof TaskEvent.Progress) {
                    event = polled.next();
                }
                assertThat(event).isInstanceOf(TaskEvent.Finished.class);
                assertThat(((TaskEvent.Finished) event).resource().state()).isEqualTo(TaskState.COMPLETED);
            }
        }
    }

    @Test
    void pollerStopsWatchingWhenTheSessionExpiresAndNobodySignsInAgain() {
        try (SimulatorFixture sim = SimulatorFixture.start(SimulatorConfig.builder().clock(clock).taskSeconds(2))) {
            ApplianceClient client = sim.signedInClient();
            WriteResult.Accepted backup = (WriteResult.Accepted) client.post("/rest/backups", null);
            try (PolledTask polled = new PolledTask(client, backup.task())) {
                assertThat(polled.next()).isInstanceOf(TaskEvent.Progress.class);

                sim.simulator().expireSessions();
                TaskEvent event = polled.next();
                while (event instanceof TaskEvent.Progress) {
                    event = polled.next();
                }

                assertThat(event).isInstanceOf(TaskEvent.StoppedWatching.class);
                assertThat(((TaskEvent.StoppedWatching) event).cause().getMessage()).contains("expired");
            }
        }
    }
}
