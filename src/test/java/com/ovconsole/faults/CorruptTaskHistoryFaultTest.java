package com.ovconsole.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.PollPolicy;
import com.ovconsole.api.TaskPoller;
import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.store.ApplianceStore;
import com.ovconsole.store.TaskHistoryStore;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.RecordingDialogService;
import com.ovconsole.ui.tasks.TaskCenter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list of tasks running at the last exit is corrupt: set aside, the user told, the appliance list kept. */
class CorruptTaskHistoryFaultTest {

    private static final String BROKEN = "[{\"applianceId\": \"a\", \"taskUri\": \"/rest/tasks/1\", \"lab";

    @TempDir
    Path configDir;

    @Test
    void corruptTaskHistoryIsSetAsideTheUserToldAndTheRestKept() {
        ApplianceEntry lab = ApplianceEntry.create("Lab A", "lab-a.example.com", "Administrator", "LOCAL");
        new ApplianceStore(configDir).add(lab);
        Path history = configDir.resolve(TaskHistoryStore.FILE_NAME);
        SetAside.write(history, BROKEN);
        RecordingDialogService dialogs = new RecordingDialogService();

        try (UiThread ui = new UiThread(); TaskPoller poller = TaskPoller.create(PollPolicy.DEFAULT, 1)) {
            TaskCenter tasks = ui.call(() -> new TaskCenter(poller, ui, ui.runner(), dialogs,
                    new TaskHistoryStore(configDir), Messages.load(Locale.ROOT), Clock.systemUTC()));
            ui.waitUntil("a warning is shown", () -> !dialogs.shown.isEmpty());

            RecordingDialogService.Shown warning = ui.call(() -> dialogs.shown.get(0));
            assertThat(warning.kind()).isEqualTo("warning");
            SetAside.assertMovedAsideAndTold(history, BROKEN, warning.message());
            assertThat(ui.call(() -> tasks.rows().size())).isZero();
        }
        assertThat(new ApplianceStore(configDir).load().value()).contains(lab);
    }
}
