package com.ovconsole.store;

import java.nio.file.Path;
import tools.jackson.core.type.TypeReference;

/** Window state, theme and other preferences ({@code settings.json}). */
public final class SettingsStore {

    public static final String FILE_NAME = "settings.json";

    private final JsonDocumentStore<Settings> document;

    public SettingsStore(Path configDirectory) {
        this.document = new JsonDocumentStore<>(configDirectory.resolve(FILE_NAME),
                new TypeReference<Settings>() { }, Settings::defaults, "Your settings");
    }

    public LoadResult<Settings> load() {
        return document.load();
    }

    public void save(Settings settings) {
        document.save(settings);
    }
}
