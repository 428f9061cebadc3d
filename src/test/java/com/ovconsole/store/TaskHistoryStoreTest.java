package com.ovconsole.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskHistoryStoreTest {

    @TempDir
    Path dir;

    private static RunningTask backup() {
        return new RunningTask(ApplianceEntry.DEMO_ID, "/rest/tasks/A24C7754", "Create backup", "appliance backup",
                Instant.parse("2026-11-27T09:15:00Z"), true);
    }

    @Test
    void runningTasksReadBackAfterARestart() {
        List<RunningTask> tasks = List.of(backup(),
                new RunningTask("other", "/rest/tasks/B1", "Update", "Apache_Primary", Instant.parse("2026-11-27T09:16:00.5Z"), false));
        new TaskHistoryStore(dir).saveAll(tasks);

        assertThat(new TaskHistoryStore(dir).loadAll()).isEqualTo(LoadResult.ok(tasks));
    }

    @Test
    void noFileMeansNoTasks() {
        assertThat(new TaskHistoryStore(dir).loadAll()).isEqualTo(LoadResult.ok(List.of()));
    }

    @Test
    void clearForgetsEveryTask() {
        TaskHistoryStore store = new TaskHistoryStore(dir);
        store.saveAll(List.of(backup()));

        store.clear();

        assertThat(store.loadAll().value()).isEmpty();
        assertThat(dir.resolve(TaskHistoryStore.FILE_NAME)).doesNotExist();
    }

    @Test
    void corruptHistoryIsMovedAsideWithAWarning() throws IOException {
        Path file = dir.resolve(TaskHistoryStore.FILE_NAME);
        CorruptFiles.write(file, "{\"not\":\"a list\"}");

        LoadResult<List<RunningTask>> result = new TaskHistoryStore(dir).loadAll();

        assertThat(result.value()).isEmpty();
        CorruptFiles.assertMovedAside(file, "{\"not\":\"a list\"}", result.warnings());
    }

    @Test
    void unknownFieldsAreIgnored() throws IOException {
        CorruptFiles.write(dir.resolve(TaskHistoryStore.FILE_NAME),
                "[{\"applianceId\":\"a\",\"taskUri\":\"/rest/tasks/1\",\"percentComplete\":40}]");

        assertThat(new TaskHistoryStore(dir).loadAll().value())
                .containsExactly(new RunningTask("a", "/rest/tasks/1", null, null, null, false));
    }
}
