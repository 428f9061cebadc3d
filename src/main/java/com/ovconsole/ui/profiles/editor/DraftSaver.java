package com.ovconsole.ui.profiles.editor;

import com.ovconsole.store.Draft;
import com.ovconsole.store.DraftStore;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Writes an editor's draft a moment after the last edit (debounced) on the scheduler's thread, so
 * typing never waits on the disk. The newest draft wins; a discard cancels a pending write.
 */
final class DraftSaver {

    private static final System.Logger LOG = System.getLogger(DraftSaver.class.getName());

    private final DraftStore store;
    private final ScheduledExecutorService scheduler;
    private final Duration delay;
    private Draft pending;
    private ScheduledFuture<?> scheduled;

    DraftSaver(DraftStore store, ScheduledExecutorService scheduler, Duration delay) {
        this.store = Objects.requireNonNull(store, "store");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.delay = Objects.requireNonNull(delay, "delay");
    }

    /** Keeps {@code draft} after the delay, replacing a draft still waiting. */
    synchronized void changed(Draft draft) {
        pending = draft;
        if (scheduled == null || scheduled.isDone()) {
            scheduled = scheduler.schedule(this::writePending, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Writes the waiting draft now (the editor closes). */
    synchronized void flush() {
        if (pending != null) {
            scheduler.execute(this::writePending);
        }
    }

    /** Drops the draft on disk and any write still waiting. */
    synchronized void discard(String applianceId, String resourceUri) {
        pending = null;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        scheduler.execute(() -> delete(applianceId, resourceUri));
    }

    private void writePending() {
        Draft draft;
        synchronized (this) {
            draft = pending;
            pending = null;
        }
        if (draft == null) {
            return;
        }
        try {
            store.save(draft);
        } catch (RuntimeException e) {
            // The edits are still in the editor; only the crash safety net is missing.
            LOG.log(System.Logger.Level.WARNING, "Could not keep the draft of " + draft.resourceUri() + ": " + e.getMessage());
        }
    }

    private void delete(String applianceId, String resourceUri) {
        try {
            store.delete(applianceId, resourceUri);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not drop the draft of " + resourceUri + ": " + e.getMessage());
        }
    }
}
