package com.ovconsole.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.DownloadInterruptedException;
import com.ovconsole.api.DownloadListener;
import com.ovconsole.api.DownloadResult;
import com.ovconsole.api.Downloader;
import com.ovconsole.api.PartialDownload;
import com.ovconsole.api.WritableChannelFactory;
import com.ovconsole.api.WriteResult;
import com.ovconsole.api.model.Backup;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.sim.BackupArchive;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.ManualClock;
import com.ovconsole.testing.SimulatorFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads that break off resume from the {@code .part} with Range + If-Range over HTTPS against
 * the simulator (which drops every download answer after {@value #DROP} bytes), and start over
 * when the archive changed; the SHA-256 always covers the whole file.
 */
class ResumableDownloadAgainstSimulatorTest {

    private static final long ARCHIVE_BYTES = 1024 * 1024 + 123;
    private static final long DROP = 300_000;

    private final ManualClock clock = new ManualClock();

    @TempDir
    Path downloads;

    @Test
    void droppedConnectionsResumeByThemselvesAndTheHashIsOfTheWholeFile() throws IOException {
        try (SimulatorFixture sim = start(DROP)) {
            ApplianceClient client = sim.signedInClient();
            Backup backup = makeBackup(client);
            List<Long> progress = new CopyOnWriteArrayList<>();
            long before = sim.simulator().requestCount();

            DownloadResult result = new Downloader().download(client, backup.downloadUri(), downloads, "backup.bkp",
                    (bytes, total) -> progress.add(bytes), () -> false);

            assertWhole(sim, backup, result);
            // Four answers of at most 300,000 bytes, each starting where the last stopped: never from zero again.
            assertThat(sim.simulator().requestCount() - before).isEqualTo(4);
            assertThat(progress).isSorted().last().isEqualTo(ARCHIVE_BYTES);
        }
    }

    @Test
    void interruptedDownloadKeepsOnlyThePartAndRetryResumesFromIt() throws IOException {
        try (SimulatorFixture sim = start(DROP)) {
            ApplianceClient client = sim.signedInClient();
            Backup backup = makeBackup(client);

            DownloadInterruptedException broken = interrupted(client, backup);

            PartialDownload partial = broken.partial();
            assertThat(broken.getMessage()).contains(backup.downloadUri()).contains("Retry resumes");
            assertThat(filesUnder(downloads)).containsExactly(partial.part());
            assertThat(partial.bytes()).isEqualTo(DROP).isEqualTo(Files.size(partial.part()));
            assertThat(partial.validator()).startsWith("\"");
            List<Long> progress = new CopyOnWriteArrayList<>();

            DownloadResult result = new Downloader().resume(client, partial, (bytes, total) -> progress.add(bytes),
                    () -> false);

            assertThat(progress.get(0)).isEqualTo(DROP);
            assertThat(progress).isSorted();
            assertWhole(sim, backup, result);
        }
    }

    @Test
    void archiveChangedWhileInterruptedStartsOverAndGetsTheNewBytes() throws IOException {
        try (SimulatorFixture sim = start(DROP)) {
            ApplianceClient client = sim.signedInClient();
            Backup backup = makeBackup(client);
            String oldSha = sim.simulator().backupArchiveSha256(backup.id());
            PartialDownload partial = interrupted(client, backup).partial();
            clock.advance(Duration.ofSeconds(30));
            sim.simulator().rewriteBackupArchive(backup.id());
            List<Long> progress = new CopyOnWriteArrayList<>();

            DownloadResult result = new Downloader(WritableChannelFactory.FILES, 5).resume(client, partial,
                    (bytes, total) -> progress.add(bytes), () -> false);

            // 300,000 re-hashed, then the stale If-Range brings the whole new archive: progress goes back to the start.
            assertThat(progress.get(0)).isEqualTo(DROP);
            assertThat(progress.get(1)).isLessThan(DROP);
            assertThat(result.sha256()).isNotEqualTo(oldSha);
            assertWhole(sim, backup, result);
        }
    }

    @Test
    void partThatIsAlreadyCompleteGets416AndIsCheckedWithoutDownloadingAgain() throws IOException {
        try (SimulatorFixture sim = start(DROP)) {
            ApplianceClient client = sim.signedInClient();
            Backup backup = makeBackup(client);
            PartialDownload partial = interrupted(client, backup).partial();
            appendArchive(sim, backup, partial.part(), DROP, ARCHIVE_BYTES);
            List<Long> progress = new CopyOnWriteArrayList<>();
            long before = sim.simulator().requestCount();

            DownloadResult result = noAutoResume().resume(client, partial, (bytes, total) -> progress.add(bytes),
                    () -> false);

            assertThat(sim.simulator().requestCount() - before).isEqualTo(1);
            assertThat(progress).containsExactly(ARCHIVE_BYTES);
            assertWhole(sim, backup, result);
        }
    }

    @Test
    void partLongerThanTheArchiveGets416AndStartsOver() throws IOException {
        try (SimulatorFixture sim = start(DROP)) {
            ApplianceClient client = sim.signedInClient();
            Backup backup = makeBackup(client);
            PartialDownload partial = interrupted(client, backup).partial();
            Files.write(partial.part(), new byte[(int) ARCHIVE_BYTES + 10]);
            List<Long> progress = new CopyOnWriteArrayList<>();

            DownloadResult result = new Downloader().resume(client, partial, (bytes, total) -> progress.add(bytes),
                    () -> false);

            assertThat(progress.get(0)).isEqualTo(ARCHIVE_BYTES + 10);
            assertThat(progress.get(1)).isLessThan(DROP);
            assertWhole(sim, backup, result);
        }
    }

    /** The first download, cut off by the simulator after {@code DROP} bytes. */
    private DownloadInterruptedException interrupted(ApplianceClient client, Backup backup) {
        return catchThrowableOfType(DownloadInterruptedException.class,
                () -> noAutoResume().download(client, backup.downloadUri(), downloads, "backup.bkp",
                        DownloadListener.NONE, () -> false));
    }

    private static Downloader noAutoResume() {
        return new Downloader(WritableChannelFactory.FILES, 0);
    }

    private static void appendArchive(SimulatorFixture sim, Backup backup, Path part, long from, long to)
            throws IOException {
        try (InputStream in = BackupArchive.open(sim.simulator().config().seed(), backup.id(), to);
                OutputStream out = Files.newOutputStream(part, StandardOpenOption.APPEND)) {
            in.skipNBytes(from);
            in.transferTo(out);
        }
    }

    private SimulatorFixture start(long dropAfter) {
        return SimulatorFixture.start(SimulatorConfig.builder().clock(clock).taskSeconds(2)
                .backupBytes(ARCHIVE_BYTES).dropDownloadAfterBytes(dropAfter));
    }

    private Backup makeBackup(ApplianceClient client) {
        WriteResult.Accepted accepted = (WriteResult.Accepted) client.post("/rest/backups", null);
        TaskResource task;
        try (PolledTask polled = new PolledTask(client, accepted.task())) {
            polled.next();
            clock.advance(Duration.ofSeconds(3));
            task = polled.finished().resource();
        }
        return client.get(task.associatedResource().resourceUri(), Backup.class).value();
    }

    private static void assertWhole(SimulatorFixture sim, Backup backup, DownloadResult result) throws IOException {
        String expected = sim.simulator().backupArchiveSha256(backup.id());
        assertThat(result.size()).isEqualTo(ARCHIVE_BYTES);
        assertThat(result.sha256()).isEqualTo(expected);
        assertThat(sha256(Files.readAllBytes(result.file()))).isEqualTo(expected);
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
