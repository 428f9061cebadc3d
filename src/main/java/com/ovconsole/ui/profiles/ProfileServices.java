package com.ovconsole.ui.profiles;

import com.ovconsole.store.Draft;
import com.ovconsole.store.DraftStore;
import com.ovconsole.store.LoadResult;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.DialogService;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.UiDispatcher;
import com.ovconsole.ui.tasks.TaskTracker;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What the profile views need from the composition root.
 *
 * @param scheduler timers (filter debounce, draft writes, the "changed on the appliance" check)
 * @param draftDelay how long after the last edit a draft is written
 * @param watchInterval how often an open editor asks whether its profile changed (304 when not)
 */
public record ProfileServices(
        BackgroundRunner runner,
        UiDispatcher dispatcher,
        ScheduledExecutorService scheduler,
        DialogService dialogs,
        TaskTracker tasks,
        DraftStore drafts,
        Messages messages,
        Duration draftDelay,
        Duration watchInterval) {

    public ProfileServices {
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(dispatcher, "dispatcher");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(drafts, "drafts");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(draftDelay, "draftDelay");
        Objects.requireNonNull(watchInterval, "watchInterval");
    }

    /** The app's timings: drafts half a second after typing stops, a remote check every 15 s. */
    public static ProfileServices withDefaultTimings(BackgroundRunner runner, UiDispatcher dispatcher,
            ScheduledExecutorService scheduler, DialogService dialogs, TaskTracker tasks, DraftStore drafts,
            Messages messages) {
        return new ProfileServices(runner, dispatcher, scheduler, dialogs, tasks, drafts, messages,
                Duration.ofMillis(500), Duration.ofSeconds(15));
    }

    /** The draft of one profile (blocking: call off the UI thread); an unreadable one is reported. */
    public Optional<Draft> draft(String applianceId, String resourceUri) {
        return reported(drafts.load(applianceId, resourceUri));
    }

    /** Every draft on disk (blocking); unreadable ones were moved aside and are reported, the rest kept. */
    public List<Draft> allDrafts() {
        return reported(drafts.listAll());
    }

    /** The warnings of a load go to the user on the UI thread ("… was moved to …"). */
    private <T> T reported(LoadResult<T> loaded) {
        if (loaded.hasWarnings()) {
            String text = String.join("\n\n", loaded.warnings());
            dispatcher.dispatch(() -> dialogs.showWarning(messages.get("connections.store.warningTitle"), text));
        }
        return loaded.value();
    }
}
