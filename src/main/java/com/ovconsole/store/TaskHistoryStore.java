package com.ovconsole.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.type.TypeReference;

/** Tasks still running at exit ({@code task-history.json}). */
public final class TaskHistoryStore {

    public static final String FILE_NAME = "task-history.json";

    private final JsonDocumentStore<List<RunningTask>> document;

    public TaskHistoryStore(Path configDirectory) {
        this.document = new JsonDocumentStore<>(configDirectory.resolve(FILE_NAME),
                new TypeReference<List<RunningTask>>() { }, List::of, "The list of running tasks");
    }

    public void saveAll(List<RunningTask> tasks) {
        document.save(List.copyOf(tasks));
    }

    public LoadResult<List<RunningTask>> loadAll() {
        LoadResult<List<RunningTask>> loaded = document.load();
        // A stray null element (hand-edited file) is dropped rather than failing the whole list.
        return new LoadResult<>(loaded.value().stream().filter(Objects::nonNull).toList(), loaded.warnings());
    }

    public void clear() {
        document.delete();
    }
}
