package com.ovconsole.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.Downloader;
import com.ovconsole.ui.backups.BackupDownload;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk fills up during a download. Where this runs as root (CI containers, this machine) the
 * download goes to a real 64 KiB tmpfs and the kernel says ENOSPC; elsewhere the bytes go to
 * /dev/full, which answers every write with the same ENOSPC. Either way: a clear message, and no
 * file at the final name.
 */
class FullDiskFaultTest {

    @TempDir
    Path configDir;
    @TempDir
    Path mountPoint;

    @Test
    void aFullDiskEndsTheDownloadWithAClearMessageAndNoFileAtTheFinalName() throws Exception {
        boolean tmpfs = run("mount", "-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", mountPoint.toString());
        try (FaultBed bed = FaultBed.start(configDir)) {
            if (!tmpfs) {
                Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")), "neither mount nor /dev/full here");
                bed.useDownloader(new Downloader(FullDiskFaultTest::partOnDevFull));
            }
            String backup = bed.readyBackup();
            Path target = mountPoint.resolve("lab-a.bkp");

            BackupDownload download = bed.download(backup, target);

            DownloadOutcome.failedCleanly(bed, download, target, "No space left on device");
            assertThat(bed.ui.call(() -> download.canRetryProperty().get())).isTrue();
        } finally {
            if (tmpfs) {
                run("umount", "-l", mountPoint.toString());
            }
        }
    }

    /** The .part file is created for real, its bytes go to /dev/full (the kernel's ENOSPC). */
    private static FileChannel partOnDevFull(Path part) throws IOException {
        Files.createFile(part);
        return FileChannel.open(Path.of("/dev/full"), StandardOpenOption.WRITE);
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
