package com.ovconsole.ui.hardware;

import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.DialogService;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.Navigator;
import com.ovconsole.ui.UiDispatcher;
import com.ovconsole.ui.tasks.TaskTracker;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What the Server Hardware tab needs from the app, shared by every appliance's tab: background
 * work, the UI thread, a timer for the filter, dialogs, the task panel, words, and the navigator
 * that opens a server's profile where profiles are edited.
 */
public record HardwareServices(
        BackgroundRunner runner,
        UiDispatcher dispatcher,
        ScheduledExecutorService scheduler,
        DialogService dialogs,
        TaskTracker tasks,
        Messages messages,
        Navigator navigator) {

    public HardwareServices {
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(dispatcher, "dispatcher");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(navigator, "navigator");
    }
}
