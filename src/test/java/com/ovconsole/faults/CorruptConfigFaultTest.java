package com.ovconsole.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.store.ApplianceStore;
import com.ovconsole.store.LoadResult;
import com.ovconsole.store.Settings;
import com.ovconsole.store.SettingsStore;
import com.ovconsole.store.Theme;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.RecordingDialogService;
import com.ovconsole.ui.connections.ApplianceListViewModel;
import com.ovconsole.ui.connections.ConnectionFlow;
import com.ovconsole.ui.connections.EndpointResolver;
import com.ovconsole.ui.connections.RetryPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corrupt appliance list or settings file: moved aside whole, the user told where it went, the
 * other configuration file kept as it was.
 */
class CorruptConfigFaultTest {

    @TempDir
    Path configDir;
    private final Messages messages = Messages.load(Locale.ROOT);
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @Test
    void corruptApplianceListIsSetAsideTheUserToldAndTheSettingsKept() throws Exception {
        new SettingsStore(configDir).save(Settings.defaults().withTheme(Theme.DARK));
        String settingsBefore = Files.readString(configDir.resolve(SettingsStore.FILE_NAME));
        Path list = configDir.resolve(ApplianceStore.FILE_NAME);
        SetAside.write(list, SetAside.GARBAGE);

        try (UiThread ui = new UiThread()) {
            ApplianceListViewModel appliances = listViewModel(ui);
            ui.run(appliances::load);
            ui.waitUntil("a warning is shown", () -> !dialogs.shown.isEmpty());

            RecordingDialogService.Shown warning = ui.call(() -> dialogs.shown.get(0));
            assertThat(warning.kind()).isEqualTo("warning");
            SetAside.assertMovedAsideAndTold(list, SetAside.GARBAGE, warning.message());
        }
        assertThat(configDir.resolve(SettingsStore.FILE_NAME)).hasContent(settingsBefore);
        assertThat(new SettingsStore(configDir).load().value().theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void corruptSettingsAreSetAsideTheUserToldAndTheApplianceListKept() {
        ApplianceEntry lab = ApplianceEntry.create("Lab A", "lab-a.example.com", "Administrator", "LOCAL");
        new ApplianceStore(configDir).add(lab);
        Path settings = configDir.resolve(SettingsStore.FILE_NAME);
        SetAside.write(settings, "{\"theme\": ");

        LoadResult<Settings> loaded = new SettingsStore(configDir).load(); // the composition shows these warnings at start

        assertThat(loaded.warnings()).singleElement()
                .satisfies(told -> SetAside.assertMovedAsideAndTold(settings, "{\"theme\": ", told));
        assertThat(loaded.value()).isEqualTo(Settings.defaults());
        assertThat(new ApplianceStore(configDir).load()).satisfies(appliances -> {
            assertThat(appliances.warnings()).isEmpty();
            assertThat(appliances.value()).contains(lab);
        });
    }

    private ApplianceListViewModel listViewModel(UiThread ui) {
        ConnectionFlow flow = new ConnectionFlow(messages, new NoPrompts(), ui, Locale.ROOT, RetryPolicy.DEFAULT,
                client -> Optional.empty(), Clock.systemUTC());
        return ui.call(() -> new ApplianceListViewModel(messages, dialogs, new NoPrompts(), new ApplianceStore(configDir),
                ui.runner(), ui, EndpointResolver.AS_STORED, flow, () -> true));
    }

    /** Nothing is asked in these tests. */
    private static final class NoPrompts implements com.ovconsole.ui.connections.ConnectionPrompts {
        @Override
        public boolean trustCertificate(com.ovconsole.ui.connections.CertificateTrustViewModel certificate) {
            return false;
        }

        @Override
        public boolean logIn(com.ovconsole.ui.connections.LoginViewModel login) {
            return false;
        }

        @Override
        public boolean logInAgain(com.ovconsole.ui.connections.LoginViewModel login) {
            return false;
        }

        @Override
        public boolean editAppliance(com.ovconsole.ui.connections.ApplianceFormViewModel form) {
            return false;
        }
    }
}
