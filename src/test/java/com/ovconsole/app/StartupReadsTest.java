package com.ovconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.store.RunningTask;
import com.ovconsole.store.Settings;
import com.ovconsole.store.SettingsStore;
import com.ovconsole.store.TaskHistoryStore;
import com.ovconsole.store.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupReadsTest {

    @TempDir
    Path folder;

    @Test
    void theReadsStartedBeforeLaunchHandOverSettingsAndSavedTasks() {
        new SettingsStore(folder).save(Settings.defaults().withTheme(Theme.DARK));
        RunningTask task = new RunningTask("a1", "/rest/tasks/1", "Create backup", "backup", Instant.EPOCH, true);
        new TaskHistoryStore(folder).saveAll(List.of(task));

        StartupReads.start(folder);
        StartupReads reads = StartupReads.forFolder(folder);

        assertThat(reads.settings().value().theme()).isEqualTo(Theme.DARK);
        assertThat(reads.runningTasks().value()).containsExactly(task);
    }

    @Test
    void anotherFolderIsReadThenAndThere() throws Exception {
        Path other = Files.createDirectory(folder.resolve("other"));
        StartupReads.start(folder);

        StartupReads reads = StartupReads.forFolder(other);

        assertThat(reads.settings().value()).isEqualTo(Settings.defaults());
        assertThat(reads.runningTasks().value()).isEmpty();
    }

    @Test
    void anUnreadableTaskListMeansNoSavedTasksAndAWarningForTheUser() throws Exception {
        Files.writeString(folder.resolve(TaskHistoryStore.FILE_NAME), "{ not json");

        var saved = StartupReads.forFolder(folder).runningTasks();
        assertThat(saved.value()).isEmpty();
        assertThat(saved.warnings()).singleElement().asString().contains(TaskHistoryStore.FILE_NAME);
    }
}
