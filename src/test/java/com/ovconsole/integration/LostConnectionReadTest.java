package com.ovconsole.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.TransportException;
import com.ovconsole.testing.SimulatorFixture;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A read whose connection breaks before any answer (the appliance closed a kept-alive connection,
 * e.g. restarting its web server for a new certificate) is sent once more on a new connection; a
 * write never is, and a read that keeps failing still says the connection was lost.
 */
class LostConnectionReadTest {

    /** Any pin: the handshake never gets as far as a certificate. */
    private static final String PIN = "00".repeat(32);

    @Test
    void aReadWhoseConnectionBrokeIsSentOnceMoreAndAnswers() {
        try (SimulatorFixture sim = SimulatorFixture.start()) {
            ApplianceClient client = sim.signedInClient();
            long before = sim.simulator().requestCount();
            // The JDK client itself tries a read twice; two broken connections used to reach the user.
            sim.simulator().dropNextConnections(2);

            JsonNode page = client.get("/rest/server-profiles?count=1", JsonNode.class).value();

            assertThat(page.get("total").asInt()).isPositive();
            assertThat(sim.simulator().requestCount() - before).isEqualTo(3);
        }
    }

    @Test
    void aReadThatKeepsLosingItsConnectionSaysSoAfterTheSecondSending() {
        try (SimulatorFixture sim = SimulatorFixture.start()) {
            ApplianceClient client = sim.signedInClient();
            long before = sim.simulator().requestCount();
            sim.simulator().dropNextConnections(10);

            TransportException lost = catchThrowableOfType(TransportException.class,
                    () -> client.get("/rest/server-profiles?count=1", JsonNode.class));

            assertThat(lost.getMessage()).contains("GET /rest/server-profiles").contains("lost");
            assertThat(sim.simulator().requestCount() - before).isEqualTo(4);
        }
    }

    @Test
    void aWriteWhoseConnectionBrokeIsNotSentAgain() {
        try (SimulatorFixture sim = SimulatorFixture.start()) {
            ApplianceClient client = sim.signedInClient();
            long before = sim.simulator().requestCount();
            sim.simulator().dropNextConnections(1);

            catchThrowableOfType(TransportException.class, () -> client.post("/rest/backups", null));

            assertThat(sim.simulator().requestCount() - before).isEqualTo(1);
        }
    }

    /**
     * A connection that breaks inside the TLS handshake (a closed kept-alive connection can fail as a
     * handshake error) is a lost connection too: a read goes out once more. A raw socket that
     * hangs up on every connection counts how often the console tried.
     */
    @Test
    void aReadWhoseHandshakeBrokeIsTriedOnceMore() throws Exception {
        try (ServerSocket hangsUp = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger accepted = new AtomicInteger();
            Thread acceptor = new Thread(() -> {
                while (!hangsUp.isClosed()) {
                    try {
                        Socket connection = hangsUp.accept();
                        accepted.incrementAndGet(); // before the hang-up the console answers to
                        connection.close();
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "hangs-up");
            acceptor.setDaemon(true);
            acceptor.start();
            ApplianceClient client = ApplianceClient.builder("127.0.0.1:" + hangsUp.getLocalPort())
                    .pinnedSha256(PIN).build();

            TransportException lost = catchThrowableOfType(TransportException.class, client::version);

            assertThat(lost).isNotNull();
            // The JDK client connects twice per sending; before, the console did not send again (2).
            assertThat(accepted.get()).isEqualTo(4);
        }
    }
}
