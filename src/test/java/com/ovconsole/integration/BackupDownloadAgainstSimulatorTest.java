package com.ovconsole.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.CancelledException;
import com.ovconsole.api.DownloadListener;
import com.ovconsole.api.DownloadResult;
import com.ovconsole.api.Downloader;
import com.ovconsole.api.TransportException;
import com.ovconsole.api.WritableChannelFactory;
import com.ovconsole.api.WriteResult;
import com.ovconsole.api.model.Backup;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.api.model.TaskState;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.ManualClock;
import com.ovconsole.testing.SimulatorFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /rest/backups -> task -> backup -> archive download, and the ways a download goes wrong. */
class BackupDownloadAgainstSimulatorTest {

    private static final long ARCHIVE_BYTES = 1024 * 1024 + 123;

    private final ManualClock clock = new ManualClock();

    @TempDir
    Path downloads;

    @Test
    void backupIsMadeAndDownloadedByteForByte() throws IOException {
        try (SimulatorFixture sim = start(SimulatorConfig.builder())) {
            ApplianceClient client = sim.signedInClient();
            Backup backup = makeBackup(client);
            AtomicLong reported = new AtomicLong();

            DownloadResult result = new Downloader().download(client, backup.downloadUri(), downloads, "backup.bkp",
                    (bytes, total) -> reported.set(total), () -> false);

            assertThat(backup.status()).isEqualTo("SUCCEEDED");
            assertThat(result.file().getFileName().toString()).isEqualTo(backup.id() + ".bkp");
            assertThat(result.size()).isEqualTo(ARCHIVE_BYTES);
            assertThat(reported).hasValue(ARCHIVE_BYTES);
            assertDownloaded(sim, backup, result);
        }
    }

    @Test
    void redirectedDownloadIsFollowed() throws IOException {
        try (SimulatorFixture sim = start(SimulatorConfig.builder().downloadRedirect(true))) {
            ApplianceClient client = sim.signedInClient();
            Backup backup = makeBackup(client);

            DownloadResult result = new Downloader().download(client, backup.downloadUri(), downloads, "backup.bkp",
                    DownloadListener.NONE, () -> false);

            assertDownloaded(sim, backup, result);
        }
    }

    @Test
    void chunkedDownloadWithoutLengthIsComplete() throws IOException {
        try (SimulatorFixture sim = start(SimulatorConfig.builder().downloadChunked(true))) {
            ApplianceClient client = sim.signedInClient();
            Backup backup = makeBackup(client);
            AtomicLong reported = new AtomicLong();

            DownloadResult result = new Downloader().download(client, backup.downloadUri(), downloads, "backup.bkp",
                    (bytes, total) -> reported.set(total), () -> false);

            assertThat(reported).hasValue(-1);
            assertDownloaded(sim, backup, result);
        }
    }

    @Test
    void hostileFileNameLandsInsideTheTargetFolderWithASafeName() throws IOException {
        Path target = Files.createDirectories(downloads.resolve("a").resolve("b"));
        try (SimulatorFixture sim = start(SimulatorConfig.builder().hostileFileName("../../evil.bkp"))) {
            ApplianceClient client = sim.signedInClient();
            Backup backup = makeBackup(client);

            DownloadResult result = new Downloader().download(client, backup.downloadUri(), target, "backup.bkp",
                    DownloadListener.NONE, () -> false);

            assertThat(result.file().getParent()).isEqualTo(target);
            assertThat(result.file().getFileName().toString()).isEqualTo("evil.bkp");
            assertThat(filesUnder(downloads)).containsExactly(result.file());
            assertDownloaded(sim, backup, result);
        }
    }

    @Test
    void droppedDownloadWithoutResumesFailsClearlyAndLeavesOnlyThePart() throws IOException {
        try (SimulatorFixture sim = start(SimulatorConfig.builder().dropDownloadAfterBytes(300_000))) {
            ApplianceClient client = sim.signedInClient();
            Backup backup = makeBackup(client);

            TransportException broken = catchThrowableOfType(TransportException.class,
                    () -> new Downloader(WritableChannelFactory.FILES, 0).download(client, backup.downloadUri(),
                            downloads, "backup.bkp", DownloadListener.NONE, () -> false));

            assertThat(broken.getMessage()).contains(backup.downloadUri());
            assertThat(filesUnder(downloads)).extracting(p -> p.getFileName().toString())
                    .containsExactly(backup.id() + ".bkp.part");
        }
    }

    @Test
    void cancelledDownloadStopsAndLeavesNoFile() throws IOException {
        try (SimulatorFixture sim = start(SimulatorConfig.builder())) {
            ApplianceClient client = sim.signedInClient();
            Backup backup = makeBackup(client);
            AtomicLong received = new AtomicLong();

            CancelledException cancelled = catchThrowableOfType(CancelledException.class,
                    () -> new Downloader().download(client, backup.downloadUri(), downloads, "backup.bkp",
                            (bytes, total) -> received.set(bytes), () -> received.get() > 0));

            assertThat(cancelled.getMessage()).contains("cancelled");
            assertThat(received.get()).isPositive().isLessThan(ARCHIVE_BYTES);
            assertThat(filesUnder(downloads)).isEmpty();
        }
    }

    private SimulatorFixture start(SimulatorConfig.Builder config) {
        return SimulatorFixture.start(config.clock(clock).taskSeconds(2).backupBytes(ARCHIVE_BYTES));
    }

    /** POST /rest/backups, let its task finish (the clock moves), read the backup it names. */
    private Backup makeBackup(ApplianceClient client) {
        WriteResult result = client.post("/rest/backups", null);
        assertThat(result).isInstanceOf(WriteResult.Accepted.class);
        WriteResult.Accepted accepted = (WriteResult.Accepted) result;
        TaskResource task;
        try (PolledTask polled = new PolledTask(client, accepted.task())) {
            polled.next();
            clock.advance(Duration.ofSeconds(3));
            task = polled.finished().resource();
        }
        assertThat(task.state()).isEqualTo(TaskState.COMPLETED);
        return client.get(task.associatedResource().resourceUri(), Backup.class).value();
    }

    private static void assertDownloaded(SimulatorFixture sim, Backup backup, DownloadResult result) throws IOException {
        String expected = sim.simulator().backupArchiveSha256(backup.id());
        assertThat(result.sha256()).isEqualTo(expected);
        assertThat(sha256(Files.readAllBytes(result.file()))).isEqualTo(expected);
        assertThat(Files.size(result.file())).isEqualTo(ARCHIVE_BYTES);
        try (Stream<Path> left = Files.list(result.file().getParent())) {
            assertThat(left.filter(p -> p.toString().endsWith(".part")).toList()).isEmpty();
        }
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
