package com.ovconsole.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.ui.backups.BackupDownload;
import com.ovconsole.ui.backups.DownloadState;
import com.ovconsole.ui.profiles.editor.ProfileEditorViewModel;
import com.ovconsole.ui.profiles.editor.ProfileField;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection drops: during a save (nothing lost, the message says what was lost) and mid-download. */
class DroppedConnectionFaultTest {

    @TempDir
    Path configDir;
    @TempDir
    Path downloads;

    @Test
    void connectionDroppedDuringSaveSaysSoAndKeepsTheEdit() {
        try (FaultBed bed = FaultBed.start(configDir)) {
            String id = bed.firstId();
            ProfileEditorViewModel editor = bed.open(id);
            bed.type(editor, ProfileField.DESCRIPTION, "typed before the line went down");
            bed.sim.dropNextConnections(1); // a PUT is not retried by the JDK client: one drop is seen

            String status = bed.save(editor);

            assertThat(status).isEqualTo(bed.messages.get("profiles.editor.notSaved"));
            assertThat(bed.errorText()).contains("connection to " + bed.fixture.address(), "was lost during",
                    "PUT /rest/server-profiles/" + id);
            assertThat(bed.shown(editor, ProfileField.DESCRIPTION)).isEqualTo("typed before the line went down");
            assertThat(bed.draftDescription(id)).contains("typed before the line went down");
        }
    }

    @Test
    void connectionDroppedMidDownloadLeavesNoFileAtTheFinalName() {
        try (FaultBed bed = new FaultBed(FaultBed.quick().dropDownloadAfterBytes(100 * 1024), configDir,
                Duration.ofSeconds(10))) {
            String backup = bed.readyBackup();
            Path target = downloads.resolve("lab-a.bkp");

            BackupDownload download = bed.download(backup, target);

            // Today a drop fails the download; a resuming downloader may finish it instead: then it must be exact.
            if (bed.ui.call(download::getState) == DownloadState.FAILED) {
                DownloadOutcome.failedCleanly(bed, download, target, "bytes");
            } else {
                DownloadOutcome.complete(bed, download, target, backup);
            }
        }
    }
}
