package com.ovconsole.sim;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import tools.jackson.databind.node.ObjectNode;

/** The appliance's one backup: a new backup replaces the previous one. Guarded by the state lock. */
final class Backups {

    static final String BASE_URI = "/rest/backups";
    static final String ARCHIVE_URI = BASE_URI + "/archive/";
    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final ApplianceState state;
    private ObjectNode current;
    private SimTask currentTask;
    /** Bumped when the current archive is rewritten in place (same URL, new bytes and validators). */
    private int archiveRevision;

    Backups(ApplianceState state) {
        this.state = state;
    }

    /** Starts a backup (replacing any previous one) and returns its task. */
    SimTask start(String owner) {
        String id = "appliance_backup_" + ID_TIME.format(state.clock.instant());
        String uri = BASE_URI + "/" + id;
        ObjectNode backup = Json.object();
        backup.put("type", "BACKUP");
        backup.put("uri", uri);
        backup.put("id", id);
        backup.put("category", "backups");
        backup.put("downloadUri", ARCHIVE_URI + id);
        backup.put("saveUri", uri);
        backup.put("created", state.now());
        backup.put("modified", state.now());
        backup.put("hostName", "oneview-demo.example.local");
        backup.put("backupSize", 0);
        backup.put("status", "IN_PROGRESS");
        backup.put("backupType", "FULL");
        backup.put("firmwareVersion", "8.30.00-0512345");
        backup.put("applianceFirmwareVersion", "8.30.00-0512345");
        backup.put("platformType", "HPE OneView VM");
        backup.put("eTag", state.eTags.next());
        current = backup;
        archiveRevision = 0;
        SimTask task = state.tasks.startBackupTask(owner, new SimTask.Target(id, uri, "backups"),
                (t, outcome) -> finish(backup, outcome));
        backup.put("taskUri", task.uri());
        currentTask = task;
        return task;
    }

    private void finish(ObjectNode backup, SimTask.Outcome outcome) {
        if (backup != current) {
            return;
        }
        if (outcome == SimTask.Outcome.TERMINATED) {
            current = null;
            currentTask = null;
            return;
        }
        boolean ok = outcome != SimTask.Outcome.ERROR;
        backup.put("status", ok ? "SUCCEEDED" : "FAILED");
        backup.put("backupSize", ok ? state.config.backupBytes() : 0);
        backup.put("modified", state.clock.instant().toString());
        backup.put("eTag", state.eTags.next());
    }

    /** The backup with this id, or null. */
    ObjectNode get(String id) {
        return current != null && current.get("id").asString().equals(id) ? current : null;
    }

    ObjectNode current() {
        return current;
    }

    /** What seeds the archive's bytes: the id, plus the revision once it has been rewritten. */
    String archiveKey(String id) {
        return archiveRevision == 0 ? id : id + "#r" + archiveRevision;
    }

    /** The archive at the same URL gets other bytes, a new ETag and Last-Modified (as if made again). */
    void rewriteArchive(String id) {
        ObjectNode backup = get(id);
        if (backup == null) {
            throw new IllegalArgumentException("No backup with id " + id);
        }
        archiveRevision++;
        backup.put("modified", state.clock.instant().toString());
        backup.put("eTag", state.eTags.next());
    }

    /** Cancels a running backup (its task ends Terminated) or deletes a finished one. */
    void delete(String id) {
        if (get(id) == null) {
            throw ApplianceError.notFound(BASE_URI + "/" + id);
        }
        if (currentTask != null && currentTask.terminate(state.clock.instant())) {
            currentTask.settle(state.clock.instant());
        } else {
            current = null;
            currentTask = null;
        }
    }
}
