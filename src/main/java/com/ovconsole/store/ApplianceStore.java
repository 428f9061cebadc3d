package com.ovconsole.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.UnaryOperator;
import tools.jackson.core.type.TypeReference;

/** The appliance list ({@code appliances.json}); a first run holds only the demo appliance. */
public final class ApplianceStore {

    public static final String FILE_NAME = "appliances.json";

    private final JsonDocumentStore<List<ApplianceEntry>> document;
    private final Object lock = new Object();

    public ApplianceStore(Path configDirectory) {
        this.document = new JsonDocumentStore<>(configDirectory.resolve(FILE_NAME),
                new TypeReference<List<ApplianceEntry>>() { }, () -> List.of(ApplianceEntry.builtInDemo()),
                "Your appliance list");
    }

    public LoadResult<List<ApplianceEntry>> load() {
        LoadResult<List<ApplianceEntry>> loaded = document.load();
        // A stray null element (hand-edited file) is dropped rather than failing the whole list.
        return new LoadResult<>(loaded.value().stream().filter(Objects::nonNull).toList(), loaded.warnings());
    }

    public void save(List<ApplianceEntry> appliances) {
        document.save(List.copyOf(appliances));
    }

    /** Appends the entry; an entry with the same id is refused. Returns the new list. */
    public List<ApplianceEntry> add(ApplianceEntry entry) {
        return change(list -> {
            if (list.stream().anyMatch(e -> e.id().equals(entry.id()))) {
                throw new IllegalArgumentException("An appliance with id " + entry.id() + " already exists");
            }
            list.add(entry);
            return list;
        });
    }

    /** Replaces the entry with the same id. Returns the new list. */
    public List<ApplianceEntry> update(ApplianceEntry entry) {
        return change(list -> {
            int index = indexOf(list, entry.id());
            if (index < 0) {
                throw new NoSuchElementException("No appliance with id " + entry.id());
            }
            list.set(index, entry);
            return list;
        });
    }

    /** Removes the entry with this id, if present. Returns the new list. */
    public List<ApplianceEntry> remove(String id) {
        return change(list -> {
            list.removeIf(e -> e.id().equals(id));
            return list;
        });
    }

    // Load, edit and save under one lock so concurrent edits are not lost.
    private List<ApplianceEntry> change(UnaryOperator<List<ApplianceEntry>> edit) {
        synchronized (lock) {
            List<ApplianceEntry> edited = List.copyOf(edit.apply(new ArrayList<>(document.load().value())));
            document.save(edited);
            return edited;
        }
    }

    private static int indexOf(List<ApplianceEntry> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
