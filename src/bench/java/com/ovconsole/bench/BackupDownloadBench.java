package com.ovconsole.bench;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.Downloader;
import com.ovconsole.api.PageQuery;
import com.ovconsole.api.model.Backup;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.store.SettingsStore;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.RecordingDialogService;
import com.ovconsole.ui.UiDispatcher;
import com.ovconsole.ui.backups.BackupDownload;
import com.ovconsole.ui.backups.BackupDownloads;
import com.ovconsole.ui.backups.DownloadState;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A backup of {@code -Dbench.backupMiB} (default 1024) downloaded through the console's whole path
 * (BackupDownloads: backup resource, Downloader .part + SHA-256 + fsync + atomic move, progress,
 * .sha256 file) against a bare HttpClient writing the same bytes to a file, same run, same
 * simulator. Each is run twice; the second (warm) run counts.
 * Run: {@code mvn -Pbench verify -Dtest=BackupDownloadBench}
 */
class BackupDownloadBench {

    private static final long MIB = 1024 * 1024;
    private static final long SIZE = Long.getLong("bench.backupMiB", 1024) * MIB;

    @Test
    void downloadAGibibyteBackup() throws Exception {
        Path folder = Files.createTempDirectory("bench-download");
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try (SimulatorFixture fixture = SimulatorFixture.start(SimulatorConfig.builder().taskSeconds(1)
                .backupBytes(SIZE))) {
            ApplianceClient client = fixture.signedInClient();
            client.post("/rest/backups", null);
            Backup backup = waitUntilReady(client);
            HttpClient bare = bareClient();
            String session = bareLogin(bare, fixture);

            double[] plain = new double[2];
            double[] hashed = new double[2];
            double[] synced = new double[2];
            double[] console = new double[2];
            double hashOnly = 0;
            for (int run = 0; run < 2; run++) {
                hashOnly = hashOnly();
                plain = bareDownload(bare, fixture, session, backup.downloadUri(), folder.resolve("bare.bkp"));
                synced = bareStreamedDownload(bare, fixture, session, backup.downloadUri(),
                        folder.resolve("bare-synced.bkp"), false);
                hashed = bareStreamedDownload(bare, fixture, session, backup.downloadUri(),
                        folder.resolve("bare-hashed.bkp"), true);
                console = consoleDownload(fixture.connectedAppliance("bench"), backup.uri(),
                        folder.resolve("console.bkp"), worker, folder);
            }
            BenchReport.value("SHA-256 alone, in memory (64 KiB updates)", hashOnly, "MiB/s");
            BenchReport.figure("bare transfer, streamed + fsync", synced[0], "MiB/s", plain[0],
                    "bare HttpClient to a file");
            BenchReport.figure("bare transfer, streamed + SHA-256 + fsync", hashed[0], "MiB/s", plain[0],
                    "bare HttpClient to a file");
            BenchReport.figure("backup download throughput", console[0], "MiB/s", plain[0],
                    "bare HttpClient to a file");
            BenchReport.figure("backup download throughput", console[0], "MiB/s", hashed[0],
                    "bare streamed + SHA-256 + fsync");
            BenchReport.figure("peak used heap during the download", console[1], "MiB", plain[1],
                    "bare HttpClient to a file");
            BenchReport.value("backup size", SIZE / (double) MIB, "MiB");
        } finally {
            worker.shutdownNow();
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    private static Backup waitUntilReady(ApplianceClient client) throws InterruptedException {
        while (true) {
            List<Backup> backups = client.allPages("/rest/backups", PageQuery.ALL, Backup.class, page -> { },
                    () -> false);
            if (!backups.isEmpty() && "SUCCEEDED".equals(backups.get(0).status())) {
                return backups.get(0);
            }
            Thread.sleep(200);
        }
    }

    /** {MiB/s, peak heap MiB} of the console's own download path. */
    private static double[] consoleDownload(ConnectedAppliance appliance, String backupUri, Path target,
            ExecutorService worker, Path folder) throws Exception {
        Files.deleteIfExists(target);
        Files.deleteIfExists(target.resolveSibling(target.getFileName() + ".sha256"));
        RecordingDialogService dialogs = new RecordingDialogService();
        dialogs.saveFileAnswer = Optional.of(target);
        BackupDownloads downloads = new BackupDownloads(new BackgroundRunner(worker, UiDispatcher.direct()),
                UiDispatcher.direct(), dialogs, new SettingsStore(folder), new Downloader(),
                Messages.load(Locale.ROOT));
        HeapPeak heap = HeapPeak.start();
        long started = System.nanoTime();
        downloads.download(appliance, backupUri);
        while (downloads.downloads().isEmpty() || !downloads.downloads().get(0).getState().isOver()) {
            Thread.sleep(2);
        }
        long elapsed = System.nanoTime() - started;
        double peak = heap.stop();
        BackupDownload download = downloads.downloads().get(0);
        if (download.getState() != DownloadState.DONE || Files.size(target) != SIZE) {
            throw new AssertionError("console download failed: " + download.statusTextProperty().get());
        }
        return new double[] {SIZE / (double) MIB / (elapsed / 1e9), peak};
    }

    /** {MiB/s, peak heap MiB} of a bare HttpClient streaming the archive to a file. */
    private static double[] bareDownload(HttpClient bare, SimulatorFixture fixture, String session, String uri,
            Path target) throws Exception {
        Files.deleteIfExists(target);
        HttpRequest request = HttpRequest.newBuilder(fixture.simulator().baseUri().resolve(uri))
                .header("X-API-Version", Integer.toString(fixture.simulator().config().apiVersion()))
                .header("auth", session).build();
        HeapPeak heap = HeapPeak.start();
        long started = System.nanoTime();
        HttpResponse<Path> response = bare.send(request, HttpResponse.BodyHandlers.ofFile(target));
        long elapsed = System.nanoTime() - started;
        double peak = heap.stop();
        if (response.statusCode() != 200 || Files.size(target) != SIZE) {
            throw new AssertionError("bare download failed: HTTP " + response.statusCode());
        }
        return new double[] {SIZE / (double) MIB / (elapsed / 1e9), peak};
    }

    /** MiB/s of SHA-256 over {@link #SIZE} bytes already in memory: the floor any hashing download pays. */
    private static double hashOnly() throws Exception {
        byte[] data = new byte[64 * 1024];
        new java.util.Random(1).nextBytes(data);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        long started = System.nanoTime();
        for (long done = 0; done < SIZE; done += data.length) {
            sha256.update(data);
        }
        sha256.digest();
        return SIZE / (double) MIB / ((System.nanoTime() - started) / 1e9);
    }

    /**
     * {MiB/s, peak heap MiB} of a bare HttpClient doing the work that matters to the user: bytes
     * streamed to disk in 64 KiB reads, fsynced, and (if {@code hash}) hashed with SHA-256. No .part
     * file, no progress, no checks.
     */
    private static double[] bareStreamedDownload(HttpClient bare, SimulatorFixture fixture, String session,
            String uri, Path target, boolean hash) throws Exception {
        Files.deleteIfExists(target);
        HttpRequest request = HttpRequest.newBuilder(fixture.simulator().baseUri().resolve(uri))
                .header("X-API-Version", Integer.toString(fixture.simulator().config().apiVersion()))
                .header("auth", session).build();
        HeapPeak heap = HeapPeak.start();
        long started = System.nanoTime();
        HttpResponse<InputStream> response = bare.send(request, HttpResponse.BodyHandlers.ofInputStream());
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (InputStream in = response.body();
                FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (hash) {
                    sha256.update(buffer, 0, read);
                }
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            out.force(true);
        }
        sha256.digest();
        long elapsed = System.nanoTime() - started;
        double peak = heap.stop();
        if (response.statusCode() != 200 || Files.size(target) != SIZE) {
            throw new AssertionError("bare hashed download failed: HTTP " + response.statusCode());
        }
        return new double[] {SIZE / (double) MIB / (elapsed / 1e9), peak};
    }

    /** Trusts exactly the simulator's certificate (the demo appliance's), nothing else. */
    private static HttpClient bareClient() throws Exception {
        KeyStore appliance = KeyStore.getInstance("PKCS12");
        try (InputStream in = com.ovconsole.sim.ApplianceSimulator.class
                .getResourceAsStream("/com/ovconsole/sim/demo-appliance.p12")) {
            appliance.load(in, "changeit".toCharArray());
        }
        Certificate certificate = appliance.getCertificate("appliance");
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("appliance", certificate);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).build();
    }

    private static String bareLogin(HttpClient bare, SimulatorFixture fixture) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        var config = fixture.simulator().config();
        byte[] body = json.writeValueAsBytes(json.createObjectNode().put("userName", config.user())
                .put("password", config.password()).put("authLoginDomain", "LOCAL").put("loginMsgAck", true));
        HttpRequest login = HttpRequest.newBuilder(fixture.simulator().baseUri().resolve("/rest/login-sessions"))
                .header("X-API-Version", Integer.toString(config.apiVersion()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<byte[]> answer = bare.send(login, HttpResponse.BodyHandlers.ofByteArray());
        return json.readTree(answer.body()).get("sessionID").asString();
    }
}
