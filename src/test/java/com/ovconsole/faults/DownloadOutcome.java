package com.ovconsole.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.ui.backups.BackupDownload;
import com.ovconsole.ui.backups.DownloadState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What a download under fault may end in: a clear failure with nothing at the final name, or the exact archive. */
final class DownloadOutcome {

    private DownloadOutcome() {
    }

    /** Failed: the status says why in words, and no file took the final name. */
    static void failedCleanly(FaultBed bed, BackupDownload download, Path target, String... said) {
        assertThat(bed.ui.call(download::getState)).isEqualTo(DownloadState.FAILED);
        String status = bed.ui.call(() -> download.statusTextProperty().get());
        FaultBed.assertReadable(status);
        assertThat(status).contains(said);
        assertThat(target).doesNotExist();
        assertThat(target.resolveSibling(target.getFileName() + ".sha256")).doesNotExist();
    }

    /** Done: the file at the final name is byte for byte the appliance's archive. */
    static void complete(FaultBed bed, BackupDownload download, Path target, String backupUri) {
        assertThat(bed.ui.call(download::getState)).isEqualTo(DownloadState.DONE);
        String id = backupUri.substring(backupUri.lastIndexOf('/') + 1);
        assertThat(sha256(target)).isEqualTo(bed.sim.backupArchiveSha256(id));
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
