package com.ovconsole.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void firstRunGivesDefaults() {
        LoadResult<Settings> result = new SettingsStore(dir).load();

        assertThat(result).isEqualTo(LoadResult.ok(Settings.defaults()));
        assertThat(result.value().window().hasPosition()).isFalse();
        assertThat(result.value().theme()).isEqualTo(Theme.SYSTEM);
    }

    @Test
    void windowStateThemeAndDownloadFolderReadBack() {
        Settings settings = Settings.defaults()
                .withWindow(new WindowState(-1200.0, 40.0, 1600, 900, true, List.of(0.2, 0.75), false))
                .withTheme(Theme.DARK)
                .withLastDownloadFolder("/home/ann/Backups");
        new SettingsStore(dir).save(settings);

        LoadResult<Settings> result = new SettingsStore(dir).load();

        assertThat(result).isEqualTo(LoadResult.ok(settings));
        assertThat(result.value().window().hasPosition()).isTrue();
    }

    @Test
    void olderOrPartialFileKeepsWhatItHasAndDefaultsTheRest() throws IOException {
        CorruptFiles.write(dir.resolve(SettingsStore.FILE_NAME), "{\"theme\":\"LIGHT\"}");

        Settings settings = new SettingsStore(dir).load().value();

        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
        assertThat(settings.window()).isEqualTo(WindowState.initial());
    }

    @Test
    void unknownThemeAndUnknownFieldsFromANewerVersionAreTolerated() throws IOException {
        CorruptFiles.write(dir.resolve(SettingsStore.FILE_NAME),
                "{\"theme\":\"HIGH_CONTRAST\",\"lastDownloadFolder\":\"/d\",\"window\":{\"width\":900,\"height\":700,\"snapLayout\":3},\"fontScale\":1.25}");

        LoadResult<Settings> result = new SettingsStore(dir).load();

        assertThat(result.warnings()).isEmpty();
        assertThat(result.value().theme()).isEqualTo(Theme.SYSTEM);
        assertThat(result.value().lastDownloadFolder()).isEqualTo("/d");
        assertThat(result.value().window().width()).isEqualTo(900);
        assertThat(result.value().window().dividerPositions()).isEmpty();
    }

    @Test
    void corruptSettingsAreMovedAsideAndDefaultsUsed() throws IOException {
        Path file = dir.resolve(SettingsStore.FILE_NAME);
        CorruptFiles.write(file, "{\"window\": 12");

        LoadResult<Settings> result = new SettingsStore(dir).load();

        assertThat(result.value()).isEqualTo(Settings.defaults());
        CorruptFiles.assertMovedAside(file, "{\"window\": 12", result.warnings());
        assertThat(result.warnings().get(0)).startsWith("Your settings could not be read");
    }
}
