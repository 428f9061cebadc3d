package com.ovconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resuming against servers that do not behave like the simulator: one that ignores Range (200),
 * one whose 206 does not start where asked, and validators that cannot be used for If-Range.
 */
class DownloadResumeTest {

    private static final String ARCHIVE = "/rest/backups/archive/appliance_backup_2026-11-27_101500";
    private static final byte[] BYTES = new byte[2 * 1024 * 1024 + 5];
    private static final int HALF = BYTES.length / 2;

    static {
        new Random(7).nextBytes(BYTES);
    }

    @TempDir
    Path folder;

    private TestAppliance appliance;
    private ApplianceClient client;
    private final AtomicInteger answers = new AtomicInteger();

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
    void serverThatAnswers200ToTheRangeRestartsFromZeroAndTheFileIsWhole() throws Exception {
        serveFirstCutThen(exchange -> whole(exchange, "\"v1\"", null));

        DownloadResult result = new Downloader().download(client, ARCHIVE, folder, "b.bkp", DownloadListener.NONE,
                () -> false);

        assertWhole(result);
        List<TestAppliance.Seen> seen = appliance.requestsTo(ARCHIVE);
        assertThat(seen).hasSize(2);
        assertThat(seen.get(1).header("Range")).isEqualTo("bytes=" + HALF + "-");
        assertThat(seen.get(1).header("If-Range")).isEqualTo("\"v1\"");
    }

    @Test
    void partialAnswerThatDoesNotStartWhereAskedIsDroppedForTheWholeBody() throws Exception {
        serveFirstCutThen(exchange -> {
            if (exchange.getRequestHeaders().getFirst("Range") == null) {
                whole(exchange, "\"v1\"", null);
                return;
            }
            exchange.getResponseHeaders().set("Content-Range", "bytes 0-9/" + BYTES.length);
            exchange.sendResponseHeaders(206, 10);
            exchange.getResponseBody().write(BYTES, 0, 10);
            exchange.close();
        });

        DownloadResult result = new Downloader().download(client, ARCHIVE, folder, "b.bkp", DownloadListener.NONE,
                () -> false);

        assertWhole(result);
        List<TestAppliance.Seen> seen = appliance.requestsTo(ARCHIVE);
        assertThat(seen).hasSize(3);
        assertThat(seen.get(2).header("Range")).isNull();
    }

    @Test
    void weakEtagFallsBackToLastModifiedForIfRange() throws Exception {
        String date = "Fri, 27 Nov 2026 10:15:00 GMT";
        answers.set(0);
        appliance.route(ARCHIVE, exchange -> {
            if (answers.getAndIncrement() == 0) {
                cut(exchange, "W/\"weak\"", date);
                return;
            }
            exchange.getResponseHeaders().set("Content-Range", "bytes " + HALF + "-" + (BYTES.length - 1) + "/"
                    + BYTES.length);
            exchange.sendResponseHeaders(206, BYTES.length - HALF);
            exchange.getResponseBody().write(BYTES, HALF, BYTES.length - HALF);
            exchange.close();
        });

        DownloadResult result = new Downloader().download(client, ARCHIVE, folder, "b.bkp", DownloadListener.NONE,
                () -> false);

        assertWhole(result);
        assertThat(appliance.requestsTo(ARCHIVE).get(1).header("If-Range")).isEqualTo(date);
    }

    @Test
    void withoutAnyValidatorADropIsNotResumedAndNothingIsLeft() {
        answers.set(0);
        appliance.route(ARCHIVE, exchange -> cut(exchange, "W/\"weak\"", null));

        TransportException broken = catchThrowableOfType(TransportException.class, () -> new Downloader()
                .download(client, ARCHIVE, folder, "b.bkp", DownloadListener.NONE, () -> false));

        assertThat(broken).isNotInstanceOf(DownloadInterruptedException.class);
        assertThat(appliance.requestsTo(ARCHIVE)).hasSize(1);
        assertThat(folder).isEmptyDirectory();
    }

    private interface Answer {
        void send(HttpExchange exchange) throws IOException;
    }

    /** The first answer stops after half the bytes; later ones go to {@code then}. */
    private void serveFirstCutThen(Answer then) {
        answers.set(0);
        appliance.route(ARCHIVE, exchange -> {
            if (answers.getAndIncrement() == 0) {
                cut(exchange, "\"v1\"", null);
            } else {
                then.send(exchange);
            }
        });
    }

    private static void cut(HttpExchange exchange, String eTag, String lastModified) throws IOException {
        headers(exchange, eTag, lastModified);
        exchange.sendResponseHeaders(200, BYTES.length);
        exchange.getResponseBody().write(BYTES, 0, HALF);
        exchange.getResponseBody().flush();
        exchange.close();
    }

    private static void whole(HttpExchange exchange, String eTag, String lastModified) throws IOException {
        headers(exchange, eTag, lastModified);
        exchange.sendResponseHeaders(200, BYTES.length);
        exchange.getResponseBody().write(BYTES);
        exchange.close();
    }

    private static void headers(HttpExchange exchange, String eTag, String lastModified) {
        exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"b.bkp\"");
        exchange.getResponseHeaders().set("ETag", eTag);
        if (lastModified != null) {
            exchange.getResponseHeaders().set("Last-Modified", lastModified);
        }
    }

    private void assertWhole(DownloadResult result) throws Exception {
        assertThat(Files.readAllBytes(result.file())).isEqualTo(BYTES);
        assertThat(result.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(BYTES)));
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(result.file());
        }
    }
}
