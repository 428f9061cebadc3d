package com.ovconsole.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.ui.backups.BackupDownload;
import com.ovconsole.ui.profiles.editor.ProfileEditorViewModel;
import com.ovconsole.ui.profiles.editor.ProfileField;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 401 AUTHN_SESSION_EXPIRED in the middle of work: the user is asked to log in again once; logging
 * in finishes the work, cancelling ends it with a clear message and loses nothing.
 */
class SessionExpiryFaultTest {

    @TempDir
    Path configDir;
    @TempDir
    Path downloads;

    @Test
    void sessionExpiredDuringSaveAsksOnceThenSaves() {
        try (FaultBed bed = FaultBed.start(configDir)) {
            String id = bed.firstId();
            ProfileEditorViewModel editor = bed.open(id);
            bed.type(editor, ProfileField.DESCRIPTION, "saved after logging in again");
            bed.sim.expireSessions();

            assertThat(bed.save(editor)).isEqualTo(bed.messages.get("profiles.editor.saved"));
            assertThat(bed.reloginPrompts).hasValue(1);
            assertThat(bed.storedDescription(id)).isEqualTo("saved after logging in again");
        }
    }

    @Test
    void sessionExpiredDuringSaveAndLoginCancelledKeepsTheEdit() {
        try (FaultBed bed = FaultBed.start(configDir)) {
            String id = bed.firstId();
            ProfileEditorViewModel editor = bed.open(id);
            bed.type(editor, ProfileField.DESCRIPTION, "kept although the login was cancelled");
            bed.reloginAccepted = false;
            bed.sim.expireSessions();

            assertThat(bed.save(editor)).isEqualTo(bed.messages.get("profiles.editor.notSaved"));
            assertThat(bed.errorText()).contains("The session has expired.");
            assertThat(bed.shown(editor, ProfileField.DESCRIPTION)).isEqualTo("kept although the login was cancelled");
            assertThat(bed.draftDescription(id)).contains("kept although the login was cancelled");
        }
    }

    @Test
    void sessionExpiredWhileChoosingTheFolderAsksOnceThenDownloads() {
        try (FaultBed bed = FaultBed.start(configDir)) {
            String backup = bed.readyBackup();
            bed.shownDialogs.whileChoosing = bed.sim::expireSessions;
            Path target = downloads.resolve("after-relogin.bkp");

            BackupDownload download = bed.download(backup, target);

            DownloadOutcome.complete(bed, download, target, backup);
            assertThat(bed.reloginPrompts).hasValue(1);
        }
    }

    @Test
    void sessionExpiredDuringDownloadAndLoginCancelledFailsClearlyWithNoFile() {
        try (FaultBed bed = FaultBed.start(configDir)) {
            String backup = bed.readyBackup();
            bed.reloginAccepted = false;
            bed.shownDialogs.whileChoosing = bed.sim::expireSessions;
            Path target = downloads.resolve("never.bkp");

            BackupDownload download = bed.download(backup, target);

            DownloadOutcome.failedCleanly(bed, download, target, "The session has expired.");
            assertThat(downloads).isEmptyDirectory();
        }
    }
}
