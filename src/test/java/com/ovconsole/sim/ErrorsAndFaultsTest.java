package com.ovconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ErrorsAndFaultsTest {

    private final MutableClock clock = MutableClock.atDemoTime();
    private ApplianceSimulator simulator;

    private SimClient start(SimulatorConfig.Builder builder) {
        simulator = ApplianceSimulator.start(builder.clock(clock).profiles(5).build());
        return new SimClient(simulator, 3800);
    }

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    private static void assertErrorMessage(HttpResponse<String> response, int status, String errorCode) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = SimClient.json(response);
        assertThat(body.get("errorCode").asString()).isEqualTo(errorCode);
        assertThat(body.get("message").asString()).isNotBlank();
        assertThat(body.has("details")).isTrue();
        assertThat(body.get("recommendedActions").isArray()).isTrue();
        assertThat(body.get("nestedErrors").isArray()).isTrue();
        assertThat(body.has("errorSource")).isTrue();
        assertThat(body.get("data").isObject()).isTrue();
    }

    @Test
    void unknownUriAndUnknownIdAnswer404ErrorMessages() {
        SimClient client = start(SimulatorConfig.builder()).login();

        assertErrorMessage(client.get("/rest/no-such-thing"), 404, "RESOURCE_NOT_FOUND");
        assertErrorMessage(client.get("/rest/server-profiles/00000000-0000-0000-0000-000000000000"), 404,
                "RESOURCE_NOT_FOUND");
    }

    @Test
    void wrongMethodAnswers405WithAllowHeader() {
        SimClient client = start(SimulatorConfig.builder()).login();
        HttpResponse<String> response = client.send("DELETE", "/rest/server-profiles", null);

        assertErrorMessage(response, 405, "METHOD_NOT_ALLOWED");
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, POST");
    }

    @Test
    void nonJsonContentTypeOnAWriteAnswers415() {
        SimClient client = start(SimulatorConfig.builder()).login();
        HttpResponse<String> response = client.send("POST", "/rest/server-profiles", "name=x",
                "Content-Type", "application/x-www-form-urlencoded");

        assertErrorMessage(response, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void malformedJsonAnswers400() {
        SimClient client = start(SimulatorConfig.builder()).login();

        assertErrorMessage(client.send("POST", "/rest/server-profiles", "{\"name\": "), 400, "INVALID_JSON");
        assertErrorMessage(client.send("POST", "/rest/login-sessions", "not json"), 400, "INVALID_JSON");
    }

    @Test
    void hugeBodyAnswers413WithoutBeingReadWhole() throws IOException {
        SimClient client = start(SimulatorConfig.builder()).login();
        try (SSLSocket socket = (SSLSocket) SimClient.trusting("demo-appliance.p12", ApplianceSimulator.class)
                .getSocketFactory().createSocket("127.0.0.1", simulator.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST /rest/server-profiles HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Version: 3800\r\n"
                    + "auth: " + client.session() + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1073741824\r\n\r\n{\"name\":\"";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String statusLine = in.readLine();
            int length = 0;
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
                }
            }
            // The body has no line end and the connection stays open while the rest is discarded.
            char[] body = new char[length];
            int read = 0;
            for (int n = 0; read < length && n >= 0; read += Math.max(n, 0)) {
                n = in.read(body, read, length - read);
            }
            assertThat(statusLine).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
            assertThat(new String(body)).contains("\"errorCode\":\"REQUEST_ENTITY_TOO_LARGE\"");
        }
    }

    @Test
    void startingApplianceAnswers503WhileProgressRises() {
        SimClient client = start(SimulatorConfig.builder().startupSeconds(60));

        assertErrorMessage(client.get("/rest/version"), 503, "APPLIANCE_STARTING");
        JsonNode early = SimClient.json(client.get("/rest/appliance/progress"));
        clock.advance(Duration.ofSeconds(30));
        JsonNode half = SimClient.json(client.get("/rest/appliance/progress"));
        assertThat(client.get("/rest/login-sessions").statusCode()).isEqualTo(503);
        clock.advance(Duration.ofSeconds(30));
        JsonNode done = SimClient.json(client.get("/rest/appliance/progress"));

        assertThat(early.get("completeComponents").asInt()).isLessThan(half.get("completeComponents").asInt());
        assertThat(half.get("completeComponents").asInt()).isLessThan(done.get("completeComponents").asInt());
        assertThat(done.get("completeComponents").asInt()).isEqualTo(done.get("totalComponents").asInt());
        assertThat(client.get("/rest/version").statusCode()).isEqualTo(200);
    }

    @Test
    void fullFaultRateAnswers500OrDropsAndSettingItToZeroRecovers() {
        SimClient client = start(SimulatorConfig.builder().faultRate(1.0));
        int errors = 0;
        int drops = 0;
        for (int i = 0; i < 12; i++) {
            try {
                HttpResponse<String> response = client.get("/rest/version");
                assertErrorMessage(response, 500, "INTERNAL_ERROR");
                errors++;
            } catch (UncheckedIOException dropped) {
                drops++;
            }
        }
        assertThat(errors).isPositive();
        assertThat(drops).isPositive();

        simulator.setFaultRate(0);
        assertThat(client.get("/rest/version").statusCode()).isEqualTo(200);
        assertThat(simulator.requestCount()).isGreaterThanOrEqualTo(13);
    }

    @Test
    void dropNextConnectionsDropsExactlyThatMany() {
        SimClient client = start(SimulatorConfig.builder());
        simulator.dropNextConnections(1);

        // A POST: the JDK client silently retries an idempotent GET once on a dropped connection.
        assertThatThrownBy(client::login).isInstanceOf(UncheckedIOException.class);
        assertThat(client.login().session()).isNotBlank();
    }

    @Test
    void latencyDelaysAnswersButTheyStillArrive() {
        SimClient client = start(SimulatorConfig.builder());
        simulator.setLatencyMs(50);

        assertThat(client.get("/rest/version").statusCode()).isEqualTo(200);
    }
}
