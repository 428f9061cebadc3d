package com.ovconsole.store;

/**
 * User settings. Missing parts of an older file fall back to defaults.
 *
 * @param lastDownloadFolder where the last backup was saved, or null
 */
public record Settings(WindowState window, Theme theme, String lastDownloadFolder) {

    public Settings {
        window = window == null ? WindowState.initial() : window;
        theme = theme == null ? Theme.SYSTEM : theme;
    }

    public static Settings defaults() {
        return new Settings(WindowState.initial(), Theme.SYSTEM, null);
    }

    public Settings withWindow(WindowState newWindow) {
        return new Settings(newWindow, theme, lastDownloadFolder);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(window, newTheme, lastDownloadFolder);
    }

    public Settings withLastDownloadFolder(String folder) {
        return new Settings(window, theme, folder);
    }
}
