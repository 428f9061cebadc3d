package com.ovconsole.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.PreconditionFailedException;
import com.ovconsole.api.Resource;
import com.ovconsole.api.WriteResult;
import com.ovconsole.api.model.ServerProfileSummary;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.api.model.TaskState;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.ManualClock;
import com.ovconsole.testing.SimulatorFixture;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Optimistic locking: a save on a stale ETag is refused with 412, and 304 saves a re-read. */
class EtagConflictsAgainstSimulatorTest {

    private final ManualClock clock = new ManualClock();
    private SimulatorFixture sim;
    private ApplianceClient mine;
    private String uri;

    @BeforeEach
    void signIn() {
        sim = SimulatorFixture.start(SimulatorConfig.builder().clock(clock).taskSeconds(2));
        mine = sim.signedInClient();
        uri = "/rest/server-profiles/" + sim.simulator().profileIds().get(3);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void saveOnAStaleEtagAfterAnotherAdministratorsEditIs412() {
        Resource<ServerProfileSummary> read = mine.get(uri, ServerProfileSummary.class);
        String id = uri.substring(uri.lastIndexOf('/') + 1);
        sim.simulator().editProfileAsAnotherUser(id, profile -> profile.put("description", "theirs"));

        PreconditionFailedException stale = catchThrowableOfType(PreconditionFailedException.class,
                () -> mine.put(uri, withDescription(read.tree(), "mine"), read.eTag()));

        assertThat(stale.errorCode()).isEqualTo("ETAG_MISMATCH");
        assertThat(stale.sentEtag()).isEqualTo(read.eTag());
        Resource<ServerProfileSummary> now = mine.get(uri, ServerProfileSummary.class);
        assertThat(now.eTag()).isNotEqualTo(stale.sentEtag());
        assertThat(now.value().description()).isEqualTo("theirs");
    }

    @Test
    void saveOnAStaleEtagAfterASecondSessionsSaveIs412() {
        ApplianceClient theirs = sim.signedInClient();
        Resource<ServerProfileSummary> myRead = mine.get(uri, ServerProfileSummary.class);
        Resource<ServerProfileSummary> theirRead = theirs.get(uri, ServerProfileSummary.class);
        WriteResult.Accepted saved = (WriteResult.Accepted) theirs.put(uri,
                withDescription(theirRead.tree(), "second session"), theirRead.eTag());
        clock.advance(Duration.ofSeconds(3));
        TaskResource task = theirs.task(saved.task());
        assertThat(task.state()).isEqualTo(TaskState.COMPLETED);

        PreconditionFailedException stale = catchThrowableOfType(PreconditionFailedException.class,
                () -> mine.put(uri, withDescription(myRead.tree(), "mine"), myRead.eTag()));

        assertThat(stale.sentEtag()).isEqualTo(myRead.eTag());
        Resource<ServerProfileSummary> now = mine.get(uri, ServerProfileSummary.class);
        assertThat(now.eTag()).isNotEqualTo(myRead.eTag());
        assertThat(now.value().description()).isEqualTo("second session");
    }

    @Test
    void getIfNoneMatchIsEmptyWhileUnchangedAndPresentAfterAChange() {
        Resource<ServerProfileSummary> read = mine.get(uri, ServerProfileSummary.class);

        assertThat(mine.getIfNoneMatch(uri, ServerProfileSummary.class, read.eTag())).isEmpty();

        String id = uri.substring(uri.lastIndexOf('/') + 1);
        sim.simulator().editProfileAsAnotherUser(id, profile -> profile.put("description", "changed"));
        Optional<Resource<ServerProfileSummary>> changed = mine.getIfNoneMatch(uri, ServerProfileSummary.class,
                read.eTag());

        assertThat(changed).isPresent();
        assertThat(changed.get().eTag()).isNotEqualTo(read.eTag());
        assertThat(changed.get().value().description()).isEqualTo("changed");
    }

    private static ObjectNode withDescription(ObjectNode tree, String description) {
        return tree.deepCopy().put("description", description);
    }
}
