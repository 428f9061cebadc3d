package com.ovconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloaderTest {

    private static final String ARCHIVE = "/rest/backups/archive/appliance_backup_2026-11-27_101500";
    private static final byte[] BYTES = new byte[3 * 1024 * 1024 + 17];

    static {
        new Random(42).nextBytes(BYTES);
    }

    @TempDir
    Path folder;

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
    void downloadIsByteExactWithItsSha256AndProgress() throws Exception {
        serve(ARCHIVE, "attachment; filename=\"backup.bkp\"", true);
        List<long[]> progress = new CopyOnWriteArrayList<>();

        DownloadResult result = new Downloader().download(client, ARCHIVE, folder, "backup.bkp",
                (bytes, total) -> progress.add(new long[] {bytes, total}), () -> false);

        assertThat(result.file()).isEqualTo(folder.resolve("backup.bkp"));
        assertThat(Files.readAllBytes(result.file())).isEqualTo(BYTES);
        assertThat(result.size()).isEqualTo(BYTES.length);
        assertThat(result.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(BYTES)));
        assertThat(progress.get(progress.size() - 1)).containsExactly(BYTES.length, BYTES.length);
        assertThat(folder).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void chunkedDownloadBehindA302ArrivesWhole() throws Exception {
        appliance.route("/rest/backups/archive/latest", exchange -> {
            exchange.getResponseHeaders().set("Location", "https://" + appliance.address() + ARCHIVE);
            exchange.sendResponseHeaders(302, -1);
        });
        serve(ARCHIVE, "attachment; filename=\"chunked.bkp\"", false);
        List<Long> totals = new CopyOnWriteArrayList<>();

        DownloadResult result = new Downloader().download(client, "/rest/backups/archive/latest", folder, "x.bkp",
                (bytes, total) -> totals.add(total), () -> false);

        assertThat(Files.readAllBytes(result.file())).isEqualTo(BYTES);
        assertThat(totals).containsOnly(-1L);
        assertThat(appliance.requestsTo(ARCHIVE)).hasSize(1);
    }

    @Test
    void hostileFileNameStaysInTheTargetFolder() throws IOException {
        serve(ARCHIVE, "attachment; filename=\"../../x\"", true);
        // Nested inside the temp folder: the parents checked below are ours, not the shared /tmp.
        Path target = Files.createDirectories(folder.resolve("a").resolve("b"));

        DownloadResult result = new Downloader().download(client, ARCHIVE, target, "backup.bkp",
                DownloadListener.NONE, () -> false);

        assertThat(result.file()).isEqualTo(target.resolve("x"));
        assertThat(folder.resolve("a").resolve("x")).doesNotExist();
        assertThat(folder.resolve("x")).doesNotExist();
    }

    @Test
    void droppedConnectionLeavesNeitherFinalFileNorPart() {
        appliance.route(ARCHIVE, exchange -> {
            exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"cut.bkp\"");
            exchange.sendResponseHeaders(200, BYTES.length);
            exchange.getResponseBody().write(BYTES, 0, BYTES.length / 2);
            exchange.getResponseBody().flush();
            exchange.close();
        });

        TransportException dropped = catchThrowableOfType(TransportException.class, () -> new Downloader()
                .download(client, ARCHIVE, folder, "backup.bkp", DownloadListener.NONE, () -> false));

        assertThat(dropped.getMessage()).contains(ARCHIVE);
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void fullDiskLeavesNeitherFinalFileNorPart() {
        serve(ARCHIVE, "attachment; filename=\"full.bkp\"", true);
        Downloader fullDisk = new Downloader(file -> new FailingAfter(file, 1024 * 1024));

        ApiException failed = catchThrowableOfType(ApiException.class, () -> fullDisk.download(client, ARCHIVE,
                folder, "backup.bkp", DownloadListener.NONE, () -> false));

        assertThat(failed.getMessage()).contains("Cannot write full.bkp.part", "No space left on device");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void cancelledDownloadLeavesNothing() {
        serve(ARCHIVE, "attachment; filename=\"cancel.bkp\"", true);
        AtomicBoolean cancel = new AtomicBoolean();

        catchThrowableOfType(CancelledException.class, () -> new Downloader().download(client, ARCHIVE, folder,
                "backup.bkp", (bytes, total) -> cancel.set(bytes > 100_000), cancel::get));

        assertThat(folder).isEmptyDirectory();
    }

    private void serve(String path, String disposition, boolean withLength) {
        appliance.route(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            exchange.getResponseHeaders().set("Content-Disposition", disposition);
            exchange.sendResponseHeaders(200, withLength ? BYTES.length : 0);
            exchange.getResponseBody().write(BYTES);
        });
    }

    /** Writes into a real .part file until a limit, then fails like a full disk. */
    private static final class FailingAfter implements WritableByteChannel {
        private final WritableByteChannel file;
        private long left;

        FailingAfter(Path path, long limit) throws IOException {
            this.file = WritableChannelFactory.FILES.open(path);
            this.left = limit;
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            if (left < source.remaining()) {
                throw new IOException("No space left on device");
            }
            left -= source.remaining();
            return file.write(source);
        }

        @Override
        public boolean isOpen() {
            return file.isOpen();
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }
}
