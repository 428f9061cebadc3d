package com.ovconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The archive download serves byte ranges like a web server; checked with plain HTTP requests. */
class ArchiveRangesTest {

    private static final int BYTES = 1024 * 1024 + 17;

    private final MutableClock clock = MutableClock.atDemoTime();
    private ApplianceSimulator simulator;
    private SimClient client;
    private String id;
    private String uri;

    private void start(SimulatorConfig.Builder builder) {
        simulator = ApplianceSimulator.start(builder.clock(clock).profiles(2).backupBytes(BYTES).build());
        client = new SimClient(simulator, 3800).login();
        HttpResponse<String> accepted = client.send("POST", "/rest/backups", null);
        clock.advance(Duration.ofSeconds(10));
        JsonNode task = SimClient.json(client.get(accepted.headers().firstValue("Location").orElseThrow()));
        JsonNode backup = SimClient.json(client.get(task.get("associatedResource").get("resourceUri").asString()));
        id = backup.get("id").asString();
        uri = backup.get("downloadUri").asString();
    }

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    private HttpResponse<byte[]> get(String... headers) {
        return client.execute(client.request("GET", uri, null, headers).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private byte[] archive() throws IOException {
        try (InputStream in = BackupArchive.open(simulator.config().seed(), id, BYTES)) {
            return in.readAllBytes();
        }
    }

    @Test
    void wholeDownloadAnnouncesRangesAndValidators() {
        start(SimulatorConfig.builder());

        HttpResponse<byte[]> whole = get();

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(whole.headers().firstValue("ETag").orElseThrow()).startsWith("\"").endsWith("\"");
        assertThat(whole.headers().firstValue("Last-Modified").orElseThrow()).endsWith(" GMT");
        assertThat(whole.headers().firstValue("Content-Range")).isEmpty();
        assertThat(whole.body()).hasSize(BYTES);
    }

    @Test
    void openEndedRangeIs206WithContentRangeAndTheRestOfTheBytes() throws IOException {
        start(SimulatorConfig.builder());
        byte[] all = archive();

        HttpResponse<byte[]> rest = get("Range", "bytes=1000000-");
        HttpResponse<byte[]> middle = get("Range", "bytes=10-19");
        HttpResponse<byte[]> suffix = get("Range", "bytes=-5");

        assertThat(rest.statusCode()).isEqualTo(206);
        assertThat(rest.headers().firstValue("Content-Range")).hasValue("bytes 1000000-" + (BYTES - 1) + "/" + BYTES);
        assertThat(rest.headers().firstValueAsLong("Content-Length").orElseThrow()).isEqualTo(BYTES - 1_000_000);
        assertThat(rest.body()).isEqualTo(Arrays.copyOfRange(all, 1_000_000, BYTES));
        assertThat(middle.headers().firstValue("Content-Range")).hasValue("bytes 10-19/" + BYTES);
        assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(all, 10, 20));
        assertThat(suffix.body()).isEqualTo(Arrays.copyOfRange(all, BYTES - 5, BYTES));
    }

    @Test
    void rangePastTheEndIs416WithTheLength() {
        start(SimulatorConfig.builder());

        HttpResponse<byte[]> past = get("Range", "bytes=" + BYTES + "-");

        assertThat(past.statusCode()).isEqualTo(416);
        assertThat(past.headers().firstValue("Content-Range")).hasValue("bytes */" + BYTES);
        assertThat(new String(past.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("REQUESTED_RANGE_NOT_SATISFIABLE");
    }

    @Test
    void unreadableOrMultipleRangesAreIgnoredAnd200IsTheWholeBody() {
        start(SimulatorConfig.builder());

        assertThat(get("Range", "bytes=20-10").statusCode()).isEqualTo(200);
        assertThat(get("Range", "items=0-10").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> several = get("Range", "bytes=0-1,5-6");
        assertThat(several.statusCode()).isEqualTo(200);
        assertThat(several.body()).hasSize(BYTES);
    }

    @Test
    void ifRangeWithTheCurrentETagOrDateIsHonouredAndAStaleOneGetsTheWholeNewArchive() {
        start(SimulatorConfig.builder());
        HttpResponse<byte[]> first = get();
        String eTag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        assertThat(get("Range", "bytes=100-", "If-Range", eTag).statusCode()).isEqualTo(206);
        assertThat(get("Range", "bytes=100-", "If-Range", lastModified).statusCode()).isEqualTo(206);
        assertThat(get("Range", "bytes=100-", "If-Range", "W/" + eTag).statusCode()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(5));
        simulator.rewriteBackupArchive(id);
        HttpResponse<byte[]> stale = get("Range", "bytes=100-", "If-Range", eTag);
        HttpResponse<byte[]> staleDate = get("Range", "bytes=100-", "If-Range", lastModified);

        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(staleDate.statusCode()).isEqualTo(200);
        assertThat(stale.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(eTag);
        assertThat(stale.headers().firstValue("Last-Modified").orElseThrow()).isNotEqualTo(lastModified);
        assertThat(stale.body()).hasSize(BYTES).isNotEqualTo(first.body());
        assertThat(sha256(stale.body())).isEqualTo(simulator.backupArchiveSha256(id));
    }

    @Test
    void droppedDownloadCanBeFinishedWithARange() throws IOException {
        start(SimulatorConfig.builder().dropDownloadAfterBytes(300_000));
        byte[] all = archive();

        HttpResponse<InputStream> cut = client.execute(client.request("GET", uri, null).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        byte[] head = new byte[300_000];
        try (InputStream in = cut.body()) {
            in.readNBytes(head, 0, head.length);
        }
        HttpResponse<byte[]> rest = get("Range", "bytes=300000-300009");

        assertThat(head).isEqualTo(Arrays.copyOf(all, 300_000));
        assertThat(rest.statusCode()).isEqualTo(206);
        assertThat(rest.body()).isEqualTo(Arrays.copyOfRange(all, 300_000, 300_010));
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
