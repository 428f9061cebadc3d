package com.ovconsole.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.ui.backups.BackupDownload;
import com.ovconsole.ui.backups.DownloadState;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The appliance answers 302 to another host (a hijacked or misconfigured front end). The session id
 * must never reach that host; the user reads where the appliance tried to send the console.
 */
class RedirectToAnotherHostFaultTest {

    @TempDir
    Path configDir;
    @TempDir
    Path downloads;

    @Test
    void redirectedDownloadNeverTakesTheSessionToTheOtherHost() {
        try (FaultBed bed = FaultBed.start(configDir); OtherHost other = new OtherHost()) {
            String backup = bed.readyBackup();
            bed.sim.redirectRequests("/rest/backups/archive/", other.origin());
            Path target = downloads.resolve("redirected.bkp");

            BackupDownload download = bed.download(backup, target);

            assertThat(other.sawAuthHeader()).as("the session id reached the other host").isFalse();
            if (bed.ui.call(download::getState) == DownloadState.FAILED) {
                DownloadOutcome.failedCleanly(bed, download, target, "another address", "127.0.0.2");
            } else {
                // Followed without the session: what arrived must then be the appliance's archive, or nothing.
                DownloadOutcome.complete(bed, download, target, backup);
            }
        }
    }

    @Test
    void redirectedReadSaysWhereToAndSendsNothingThere() {
        try (FaultBed bed = FaultBed.start(configDir); OtherHost other = new OtherHost()) {
            String shown = SpoiledAnswers.openWhileSpoiled(bed, path -> bed.sim.redirectRequests(path, other.origin()));

            assertThat(shown).contains("GET /rest/server-profiles/", "127.0.0.2");
            assertThat(other.received).isEmpty();
        }
    }
}
