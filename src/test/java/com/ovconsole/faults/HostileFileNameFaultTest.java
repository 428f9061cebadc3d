package com.ovconsole.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.ui.backups.BackupDownload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The appliance suggests a hostile file name in Content-Disposition. Whatever it says, the archive
 * lands where the user chose, whole, and nothing is written anywhere else.
 */
class HostileFileNameFaultTest {

    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {"../../evil.bkp", "..\\..\\windows\\evil.bkp", "/etc/cron.d/evil", "CON",
            ".bashrc", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bkp"})
    void theArchiveLandsWhereTheUserChoseAndNowhereElse(String hostile) throws IOException {
        Path configDir = Files.createDirectories(root.resolve("config"));
        Path folder = Files.createDirectories(root.resolve("home/ana/Downloads"));
        try (FaultBed bed = new FaultBed(FaultBed.quick().hostileFileName(hostile), configDir, Duration.ofSeconds(10))) {
            String backup = bed.readyBackup();
            Path target = folder.resolve("lab-a.bkp");

            BackupDownload download = bed.download(backup, target);

            DownloadOutcome.complete(bed, download, target, backup);
            assertThat(filesUnder(root.resolve("home"))).containsExactlyInAnyOrder(target,
                    target.resolveSibling("lab-a.bkp.sha256"));
        }
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
