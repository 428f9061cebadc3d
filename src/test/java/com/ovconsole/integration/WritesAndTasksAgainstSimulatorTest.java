package com.ovconsole.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.PageQuery;
import com.ovconsole.api.Resource;
import com.ovconsole.api.TaskEvent;
import com.ovconsole.api.WriteResult;
import com.ovconsole.api.model.ErrorMessage;
import com.ovconsole.api.model.ServerProfileSummary;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.api.model.TaskState;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.ManualClock;
import com.ovconsole.testing.SimulatorFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes answered 202 + task, followed to the end by the real TaskPoller on the simulator's clock. */
class WritesAndTasksAgainstSimulatorTest {

    private static final int TASK_SECONDS = 2;

    private final ManualClock clock = new ManualClock();

    @Test
    void profileCreateIsAcceptedAndItsTaskCompletesWithTheNewProfile() {
        try (SimulatorFixture sim = start(SimulatorConfig.builder())) {
            ApplianceClient client = sim.signedInClient();

            WriteResult result = client.post("/rest/server-profiles", newProfile("it-created-001"));

            assertThat(result).isInstanceOf(WriteResult.Accepted.class);
            WriteResult.Accepted accepted = (WriteResult.Accepted) result;
            assertThat(accepted.task().uri()).startsWith("/rest/tasks/");
            assertThat(accepted.initial()).hasValueSatisfying(task -> assertThat(task.name()).isEqualTo("Create"));
            TaskResource finished = runToTheEnd(client, accepted);
            assertThat(finished.state()).isEqualTo(TaskState.COMPLETED);
            assertThat(finished.percent()).isEqualTo(100);
            String created = finished.associatedResource().resourceUri();
            assertThat(client.get(created, ServerProfileSummary.class).value().name()).isEqualTo("it-created-001");
        }
    }

    @Test
    void failingTaskEndsInErrorWithItsTaskErrors() {
        try (SimulatorFixture sim = start(SimulatorConfig.builder().taskErrorRate(1.0))) {
            ApplianceClient client = sim.signedInClient();

            WriteResult.Accepted accepted = (WriteResult.Accepted) client.post("/rest/server-profiles",
                    newProfile("it-failing-001"));
            TaskResource finished = runToTheEnd(client, accepted);

            assertThat(finished.state()).isEqualTo(TaskState.ERROR);
            assertThat(finished.taskErrors()).isNotEmpty();
            ErrorMessage error = finished.taskErrors().get(0);
            assertThat(error.errorCode()).isNotBlank();
            assertThat(error.message()).contains("it-failing-001");
            assertThat(error.recommendedActions()).isNotEmpty();
            assertThat(error.nestedErrors()).isNotEmpty();
            assertThat(client.allPages("/rest/server-profiles",
                    PageQuery.ALL.filter("name='it-failing-001'"), ServerProfileSummary.class,
                    page -> { }, () -> false)).isEmpty();
        }
    }

    @Test
    void taskWithWarningsEndsInWarningAndStillApplies() {
        try (SimulatorFixture sim = start(SimulatorConfig.builder().taskWarningRate(1.0))) {
            ApplianceClient client = sim.signedInClient();

            WriteResult.Accepted accepted = (WriteResult.Accepted) client.post("/rest/server-profiles",
                    newProfile("it-warning-001"));
            TaskResource finished = runToTheEnd(client, accepted);

            assertThat(finished.state()).isEqualTo(TaskState.WARNING);
            assertThat(finished.state().isTerminal()).isTrue();
            assertThat(client.get(finished.associatedResource().resourceUri(), ServerProfileSummary.class)
                    .value().name()).isEqualTo("it-warning-001");
        }
    }

    @Test
    void updateKeepsFieldsTheConsoleDoesNotKnow() {
        try (SimulatorFixture sim = start(SimulatorConfig.builder())) {
            ApplianceClient client = sim.signedInClient();
            String id = sim.simulator().profileIds().get(1);
            Resource<ServerProfileSummary> read = client.get("/rest/server-profiles/" + id, ServerProfileSummary.class);
            ObjectNode edited = read.tree().deepCopy().put("description", "edited by the console");

            WriteResult.Accepted accepted = (WriteResult.Accepted) client.put(read.value().uri(), edited, read.eTag());
            assertThat(runToTheEnd(client, accepted).state()).isEqualTo(TaskState.COMPLETED);

            ObjectNode stored = sim.simulator().profile(id);
            assertThat(stored.get("description").asString()).isEqualTo("edited by the console");
            assertThat(stored.get("iscsiInitiatorNameType")).isEqualTo(read.tree().get("iscsiInitiatorNameType"));
            assertThat(stored.get("connectionSettings")).isEqualTo(read.tree().get("connectionSettings"));
        }
    }

    @Test
    void cancellingABackupTaskIsDoneAtOnceWithTheTask() {
        try (SimulatorFixture sim = start(SimulatorConfig.builder())) {
            ApplianceClient client = sim.signedInClient();
            WriteResult.Accepted backup = (WriteResult.Accepted) client.post("/rest/backups", null);
            assertThat(backup.initial()).hasValueSatisfying(task -> assertThat(task.cancellable()).isTrue());

            WriteResult cancelled = client.cancelTask(backup.task());

            assertThat(cancelled).isInstanceOf(WriteResult.Done.class);
            assertThat(client.task(backup.task()).state()).isEqualTo(TaskState.TERMINATED);
        }
    }

    private SimulatorFixture start(SimulatorConfig.Builder config) {
        return SimulatorFixture.start(config.clock(clock).taskSeconds(TASK_SECONDS));
    }

    /** Polls until the first progress event, moves the appliance's clock past the task, waits for the end. */
    private TaskResource runToTheEnd(ApplianceClient client, WriteResult.Accepted accepted) {
        try (PolledTask polled = new PolledTask(client, accepted.task())) {
            TaskEvent first = polled.next();
            assertThat(first).isInstanceOf(TaskEvent.Progress.class);
            clock.advance(Duration.ofSeconds(TASK_SECONDS + 1));
            return polled.finished().resource();
        }
    }

    private static ObjectNode newProfile(String name) {
        return JsonNodeFactory.instance.objectNode().put("type", "ServerProfileV12").put("name", name)
                .put("description", "made by an integration test");
    }
}
