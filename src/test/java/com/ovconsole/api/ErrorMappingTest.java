package com.ovconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ovconsole.api.model.ErrorMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ErrorMappingTest {

    private TestAppliance appliance;
    private ApplianceClient client;

    @BeforeEach
    void start() {
        appliance = TestAppliance.start("appliance-a")
                .json("/rest/version", 200, "{\"currentVersion\":3800,\"minimumVersion\":120}");
        client = VersionNegotiationTest.pinned(appliance);
    }

    @AfterEach
    void stop() {
        appliance.close();
    }

    @Test
    void referenceErrorMessageArrivesWhole() {
        appliance.json("/rest/server-profiles", 400, TestAppliance.resource("error-message.json"));

        ApplianceErrorException error = catchThrowableOfType(ApplianceErrorException.class,
                () -> client.post("/rest/server-profiles", null));

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.errorCode()).isEqualTo("MacTypeDiffGlobalMacType");
        assertThat(error.getMessage()).startsWith("When macType is not user defined");
        assertThat(error.error().recommendedActions()).containsExactly("Verify parameters and try again.");
    }

    @Test
    void unknownFieldsAndNestedErrorsAreTolerated() {
        appliance.json("/rest/x", 409, "{\"errorCode\":\"CONFLICT\",\"message\":\"Busy\",\"newField\":[1,2],"
                + "\"nestedErrors\":[{\"errorCode\":\"INNER\",\"message\":\"inner\",\"alsoNew\":true}]}");

        ApplianceErrorException error = catchThrowableOfType(ApplianceErrorException.class,
                () -> client.get("/rest/x", JsonNode.class));

        assertThat(error.error().nestedErrors()).extracting(ErrorMessage::errorCode).containsExactly("INNER");
    }

    @Test
    void htmlBodyBecomesAClearMessageWithTheBodyInDetails() {
        appliance.route("/rest/x", exchange -> TestAppliance.reply(exchange, 502, "text/html",
                "<html><body>upstream down</body></html>".getBytes(StandardCharsets.UTF_8)));

        ApplianceErrorException error = catchThrowableOfType(ApplianceErrorException.class,
                () -> client.get("/rest/x", JsonNode.class));

        assertThat(error.getMessage()).isEqualTo("The appliance answered HTTP 502 Bad Gateway with a non-OneView body.");
        assertThat(error.error().details()).contains("upstream down");
    }

    @Test
    void emptyAndTruncatedBodiesStillNameTheStatus() {
        appliance.json("/rest/empty", 500, null);
        appliance.json("/rest/cut", 500, "{\"errorCode\":\"X\",\"mess");

        ApplianceErrorException empty = catchThrowableOfType(ApplianceErrorException.class,
                () -> client.get("/rest/empty", JsonNode.class));
        ApplianceErrorException cut = catchThrowableOfType(ApplianceErrorException.class,
                () -> client.get("/rest/cut", JsonNode.class));

        assertThat(empty.getMessage()).isEqualTo("The appliance answered HTTP 500 Internal Server Error with an empty body.");
        assertThat(cut.getMessage()).contains("HTTP 500", "non-OneView body");
    }

    @Test
    void hugeForeignBodyIsCappedInDetails() {
        appliance.route("/rest/x", exchange -> TestAppliance.reply(exchange, 500, "text/plain",
                "x".repeat(100_000).getBytes(StandardCharsets.UTF_8)));

        ApplianceErrorException error = catchThrowableOfType(ApplianceErrorException.class,
                () -> client.get("/rest/x", JsonNode.class));

        assertThat(error.error().details().length()).isLessThan(ErrorBodies.SNIPPET_CHARS + 20);
    }

    @Test
    void statusesCallersSwitchOnHaveTheirOwnTypes() {
        appliance.json("/rest/gone", 404, "{\"errorCode\":\"RESOURCE_NOT_FOUND\",\"message\":\"gone\"}");
        appliance.json("/rest/starting", 503, "{\"errorCode\":\"APPLIANCE_STARTING\",\"message\":\"starting\"}");
        appliance.json("/rest/stale", 412, "{\"errorCode\":\"ETAG_MISMATCH\",\"message\":\"stale\"}");
        ObjectNode tree = tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode().put("name", "a");

        assertThat(catchThrowableOfType(NotFoundException.class, () -> client.get("/rest/gone", JsonNode.class)))
                .isNotNull();
        assertThat(catchThrowableOfType(ApplianceStartingException.class,
                () -> client.get("/rest/starting", JsonNode.class))).isNotNull();
        PreconditionFailedException stale = catchThrowableOfType(PreconditionFailedException.class,
                () -> client.put("/rest/stale", tree, new ETag("W/\"7\"")));
        assertThat(stale.sentEtag()).isEqualTo(new ETag("7"));
        assertThat(appliance.requestsTo("/rest/stale").get(0).header("If-Match")).isEqualTo("\"7\"");
    }

    @Test
    void malformedJsonOnSuccessIsAClearApiException() {
        appliance.json("/rest/x", 200, "{\"name\": ");

        ApiException error = catchThrowableOfType(ApiException.class, () -> client.get("/rest/x", JsonNode.class));

        assertThat(error.getMessage()).startsWith("The appliance's answer to GET /rest/x is not valid JSON")
                .doesNotContain("tools.jackson").doesNotContain("\tat ");
    }

    @Test
    void bodyBeyondTheCapIsRefusedClearly() {
        appliance.json("/rest/big", 200, "[" + "1,".repeat(2000) + "1]");
        ApplianceClient small = ApplianceClient.builder(appliance.address()).maxJsonBytes(1024)
                .pinnedSha256(TestAppliance.fingerprint("appliance-a")).build();

        ApiException error = catchThrowableOfType(ApiException.class, () -> small.get("/rest/big", JsonNode.class));

        assertThat(error.getMessage()).contains("GET /rest/big", "larger than");
    }

    @Test
    void refusedConnectionIsUnreachable() {
        String address = appliance.address();
        appliance.close();
        ApplianceClient gone = ApplianceClient.builder(address).pinnedSha256(TestAppliance.fingerprint("appliance-a"))
                .build();

        ApplianceUnreachableException error = catchThrowableOfType(ApplianceUnreachableException.class, gone::version);

        assertThat(error.getMessage()).startsWith("Cannot connect to " + address);
    }

    @Test
    void silentApplianceTimesOutWithAClearMessage() {
        CountDownLatch released = new CountDownLatch(1);
        appliance.route("/rest/slow", exchange -> {
            try {
                released.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ApplianceClient impatient = ApplianceClient.builder(appliance.address()).requestTimeout(Duration.ofMillis(300))
                .pinnedSha256(TestAppliance.fingerprint("appliance-a")).build();
        impatient.negotiate();

        ApplianceUnreachableException error = catchThrowableOfType(ApplianceUnreachableException.class,
                () -> impatient.get("/rest/slow", JsonNode.class));

        released.countDown();
        assertThat(error.getMessage()).contains("did not answer GET /rest/slow");
    }
}
