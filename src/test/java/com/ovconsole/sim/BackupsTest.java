package com.ovconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BackupsTest {

    private static final int BYTES = 3 * 1024 * 1024 + 17;

    private final MutableClock clock = MutableClock.atDemoTime();
    private ApplianceSimulator simulator;

    private SimClient start(SimulatorConfig.Builder builder) {
        simulator = ApplianceSimulator.start(builder.clock(clock).profiles(5).backupBytes(BYTES).build());
        return new SimClient(simulator, 3800).login();
    }

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    /** POST /rest/backups, let the task finish, and return the backup resource. */
    private JsonNode completedBackup(SimClient client) {
        HttpResponse<String> accepted = client.send("POST", "/rest/backups", null);
        assertThat(accepted.statusCode()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("https://127.0.0.1:" + simulator.port() + "/rest/tasks/");
        JsonNode task = SimClient.json(accepted);
        assertThat(task.get("name").asString()).isEqualTo("Backup");
        assertThat(task.get("isCancellable").asBoolean()).isTrue();

        clock.advance(Duration.ofSeconds(6));
        JsonNode done = SimClient.json(client.get(location));
        assertThat(done.get("taskState").asString()).isEqualTo("Completed");
        assertThat(done.get("percentComplete").asInt()).isEqualTo(100);
        JsonNode resource = done.get("associatedResource");
        assertThat(resource.get("resourceCategory").asString()).isEqualTo("backups");
        return SimClient.json(client.get(resource.get("resourceUri").asString()));
    }

    private static String sha256(InputStream in) throws IOException {
        try (DigestInputStream digest = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"))) {
            digest.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void backupTaskCompletesAndTheArchiveDownloadsByteExact() throws IOException {
        SimClient client = start(SimulatorConfig.builder());
        JsonNode backup = completedBackup(client);

        String id = backup.get("id").asString();
        assertThat(id).isEqualTo("appliance_backup_2026-11-27_101500");
        assertThat(backup.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(backup.get("backupSize").asLong()).isEqualTo(BYTES);
        assertThat(backup.get("downloadUri").asString()).isEqualTo("/rest/backups/archive/" + id);

        HttpResponse<InputStream> download = client.execute(
                client.request("GET", backup.get("downloadUri").asString(), null).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Length")).hasValue(String.valueOf(BYTES));
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + id + ".bkp\"");
        assertThat(sha256(download.body())).isEqualTo(simulator.backupArchiveSha256(id))
                .isEqualTo(sha256(BackupArchive.open(42, id, BYTES)));
    }

    @Test
    void downloadBeforeTheTaskCompletesAnswers409() {
        SimClient client = start(SimulatorConfig.builder());
        JsonNode task = SimClient.json(client.send("POST", "/rest/backups", null));
        String backupUri = task.get("associatedResource").get("resourceUri").asString();
        JsonNode backup = SimClient.json(client.get(backupUri));
        assertThat(backup.get("status").asString()).isEqualTo("IN_PROGRESS");

        HttpResponse<String> early = client.get(backup.get("downloadUri").asString());

        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(SimClient.json(early).get("errorCode").asString()).isEqualTo("BACKUP_NOT_READY");
    }

    @Test
    void theApplianceKeepsOnlyOneBackup() {
        SimClient client = start(SimulatorConfig.builder());
        JsonNode first = completedBackup(client);
        clock.advance(Duration.ofMinutes(5));
        JsonNode second = completedBackup(client);

        JsonNode list = SimClient.json(client.get("/rest/backups"));
        assertThat(list.get("members")).hasSize(1);
        assertThat(list.get("members").get(0).get("id").asString()).isEqualTo(second.get("id").asString());
        assertThat(client.get(first.get("uri").asString()).statusCode()).isEqualTo(404);
    }

    @Test
    void deletingARunningBackupTerminatesItsTask() {
        SimClient client = start(SimulatorConfig.builder());
        JsonNode task = SimClient.json(client.send("POST", "/rest/backups", null));
        clock.advance(Duration.ofSeconds(2));

        HttpResponse<String> cancel = client.send("DELETE", task.get("associatedResource").get("resourceUri").asString(),
                null);

        assertThat(cancel.statusCode()).isEqualTo(204);
        JsonNode ended = SimClient.json(client.get(task.get("uri").asString()));
        assertThat(ended.get("taskState").asString()).isEqualTo("Terminated");
        assertThat(ended.get("percentComplete").asInt()).isEqualTo(100);
        assertThat(SimClient.json(client.get("/rest/backups")).get("total").asInt()).isZero();
    }

    @Test
    void redirectedDownloadServesTheSameBytesFromAnotherPath() throws IOException {
        SimClient client = start(SimulatorConfig.builder().downloadRedirect(true));
        JsonNode backup = completedBackup(client);

        HttpResponse<String> redirect = client.get(backup.get("downloadUri").asString());
        assertThat(redirect.statusCode()).isEqualTo(302);
        String target = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(target).doesNotContain("/rest/backups/archive/");

        HttpResponse<InputStream> bytes = client.execute(client.request("GET", target, null).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(bytes.statusCode()).isEqualTo(200);
        assertThat(sha256(bytes.body())).isEqualTo(simulator.backupArchiveSha256(backup.get("id").asString()));
        assertThat(client.get(target).statusCode()).as("the link is single-use").isEqualTo(401);
    }

    @Test
    void chunkedDownloadHasNoContentLengthAndAHostileFileName() throws IOException {
        SimClient client = start(SimulatorConfig.builder().downloadChunked(true).hostileFileName("../../evil.bkp"));
        JsonNode backup = completedBackup(client);

        HttpResponse<InputStream> download = client.execute(
                client.request("GET", backup.get("downloadUri").asString(), null).build(),
                HttpResponse.BodyHandlers.ofInputStream());

        assertThat(download.headers().firstValue("Content-Length")).isEmpty();
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"../../evil.bkp\"");
        assertThat(sha256(download.body())).isEqualTo(simulator.backupArchiveSha256(backup.get("id").asString()));
    }

    @Test
    void droppedDownloadEndsWithAnErrorAfterTheGivenBytes() {
        SimClient client = start(SimulatorConfig.builder().dropDownloadAfterBytes(100_000));
        JsonNode backup = completedBackup(client);

        HttpResponse<InputStream> download = client.execute(
                client.request("GET", backup.get("downloadUri").asString(), null).build(),
                HttpResponse.BodyHandlers.ofInputStream());

        assertThat(download.headers().firstValue("Content-Length")).hasValue(String.valueOf(BYTES));
        assertThatThrownBy(() -> download.body().transferTo(java.io.OutputStream.nullOutputStream())).isInstanceOf(IOException.class);
    }

    @Test
    void archiveStreamIsDeterministicAndHasTheRequestedLength() throws IOException {
        byte[] first = BackupArchive.open(42, "appliance_backup_x", 1000).readAllBytes();
        byte[] again = BackupArchive.open(42, "appliance_backup_x", 1000).readAllBytes();
        byte[] otherSeed = BackupArchive.open(43, "appliance_backup_x", 1000).readAllBytes();

        assertThat(first).hasSize(1000).isEqualTo(again).isNotEqualTo(otherSeed);
    }

    @Test
    void archiveBytesAreTheSameWhateverTheReadSizes() throws IOException {
        byte[] whole = BackupArchive.open(42, "id", 4099).readAllBytes();
        InputStream pieces = BackupArchive.open(42, "id", 4099);
        java.io.ByteArrayOutputStream copy = new java.io.ByteArrayOutputStream();
        int[] sizes = {1, 3, 8, 13, 64, 1000};
        byte[] buffer = new byte[1000];
        for (int i = 0, read = 0; read >= 0; i++) {
            if (i % 5 == 4) {
                int single = pieces.read();
                read = single;
                if (single >= 0) {
                    copy.write(single);
                }
                continue;
            }
            read = pieces.read(buffer, 0, sizes[i % sizes.length]);
            if (read > 0) {
                copy.write(buffer, 0, read);
            }
        }

        assertThat(copy.toByteArray()).isEqualTo(whole);
    }

    @Test
    void patchingARunningBackupTaskToCancellingTerminatesIt() {
        SimClient client = start(SimulatorConfig.builder());
        String taskUri = SimClient.json(client.send("POST", "/rest/backups", null)).get("uri").asString();
        clock.advance(Duration.ofSeconds(2));

        HttpResponse<String> cancelled = client.send("PATCH", taskUri, "{\"taskState\":\"Cancelling\"}");

        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(SimClient.json(cancelled).get("taskState").asString()).isEqualTo("Terminated");
        assertThat(SimClient.json(client.get("/rest/backups")).get("total").asInt()).isZero();
        HttpResponse<String> again = client.send("PATCH", taskUri, "{\"taskState\":\"Cancelling\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(SimClient.json(again).get("errorCode").asString()).isEqualTo("TASK_NOT_CANCELLABLE");
    }
}
