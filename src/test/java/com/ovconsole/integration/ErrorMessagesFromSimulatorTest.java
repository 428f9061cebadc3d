package com.ovconsole.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.ApplianceErrorException;
import com.ovconsole.api.ETag;
import com.ovconsole.api.NotFoundException;
import com.ovconsole.api.Resource;
import com.ovconsole.api.WriteResult;
import com.ovconsole.api.model.ServerProfileSummary;
import com.ovconsole.testing.SimulatorFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Real error answers of the simulator become typed exceptions carrying the whole ErrorMessage. */
class ErrorMessagesFromSimulatorTest {

    private SimulatorFixture sim;
    private ApplianceClient client;

    @BeforeEach
    void signIn() {
        sim = SimulatorFixture.start();
        client = sim.signedInClient();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void unknownUriIs404WithTheAppliancesErrorMessage() {
        NotFoundException missing = catchThrowableOfType(NotFoundException.class,
                () -> client.get("/rest/server-profiles/no-such-profile", ServerProfileSummary.class));

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("RESOURCE_NOT_FOUND");
        assertThat(missing.error().message()).isNotBlank();
        assertThat(missing.getMessage()).contains(missing.error().message());
        assertThat(missing.error().recommendedActions()).isNotEmpty();
    }

    @Test
    void wrongMethodIs405WithTheAppliancesErrorMessage() {
        ApplianceErrorException refused = catchThrowableOfType(ApplianceErrorException.class,
                () -> client.delete("/rest/tasks", null));

        assertThat(refused.status()).isEqualTo(405);
        assertThat(refused.errorCode()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(refused.error().message()).contains("DELETE");
    }

    @Test
    void wrongContentTypeIs415WithTheAppliancesErrorMessage() {
        WriteResult.Accepted backup = (WriteResult.Accepted) client.post("/rest/backups", null);
        ObjectNode cancel = JsonNodeFactory.instance.objectNode().put("taskState", "Cancelling");

        ApplianceErrorException refused = catchThrowableOfType(ApplianceErrorException.class,
                () -> client.patch(backup.task().uri(), cancel, "text/plain", null));

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.errorCode()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(refused.error().message()).contains("text/plain");
    }

    @Test
    void bodyThatIsNotAnObjectIs400WithTheAppliancesErrorMessage() {
        ArrayNode notAProfile = JsonNodeFactory.instance.arrayNode().add("name");

        ApplianceErrorException refused = catchThrowableOfType(ApplianceErrorException.class,
                () -> client.post("/rest/server-profiles", notAProfile));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("INVALID_JSON");
        assertThat(refused.error().details()).contains("JSON object");
    }

    @Test
    void fieldsTheConsoleDoesNotKnowAreToleratedAndKeptInTheTree() {
        Resource<ServerProfileSummary> profile = client.get(firstProfileUri(), ServerProfileSummary.class);

        assertThat(profile.value().name()).isNotBlank();
        assertThat(profile.tree().has("iscsiInitiatorNameType")).isTrue();
        assertThat(profile.tree().has("connectionSettings")).isTrue();
        assertThat(profile.eTag()).isEqualTo(ETag.of(profile.value().eTag()));
    }

    private String firstProfileUri() {
        return "/rest/server-profiles/" + sim.simulator().profileIds().get(0);
    }
}
