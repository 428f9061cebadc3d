package com.ovconsole.ui.tasks;

import com.ovconsole.api.ManualScheduler;
import com.ovconsole.api.PollPolicy;
import com.ovconsole.api.TaskPoller;
import com.ovconsole.store.TaskHistoryStore;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.DialogService;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.UiDispatcher;
import java.nio.file.Path;

/** A TaskCenter for ViewModel tests: polls when the test steps the scheduler, everything on the test thread. */
public final class SteppedTaskCenter {

    private SteppedTaskCenter() {
    }

    public static TaskCenter create(ManualScheduler scheduler, DialogService dialogs, Path configDir,
            Messages messages) {
        return new TaskCenter(new TaskPoller(scheduler, scheduler, PollPolicy.DEFAULT), UiDispatcher.direct(),
                BackgroundRunner.sameThread(), dialogs, new TaskHistoryStore(configDir), messages, scheduler);
    }
}
