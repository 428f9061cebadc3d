package com.ovconsole.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.app.Composition;
import com.ovconsole.app.ConsoleApp;
import com.ovconsole.app.LaunchConfig;
import com.ovconsole.store.SettingsStore;
import com.ovconsole.store.TaskHistoryStore;
import com.ovconsole.testing.FxWaits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app started on a configuration folder whose settings and task list are corrupt: the
 * window opens (a warning raised while the app is still building its window must not stop it) and
 * the user reads, in a dialog over it, where each file was moved.
 */
@ExtendWith(ApplicationExtension.class)
class CorruptFilesAtStartWindowTest {

    private Path configDir;
    private ConsoleApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        configDir = Files.createTempDirectory("ovconsole-corrupt-start-");
        SetAside.write(configDir.resolve(TaskHistoryStore.FILE_NAME), "[{\"taskUri\": ");
        SetAside.write(configDir.resolve(SettingsStore.FILE_NAME), "{\"theme\": ");
        app = new ConsoleApp(Composition.of(LaunchConfig.normal(configDir)));
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Window.getWindows().stream().filter(window -> window != stage).toList().forEach(Window::hide);
            app.stop();
        }).get();
    }

    @Test
    void theWindowOpensAndTheUserReadsWhereEachFileWent() throws Exception {
        FxWaits.waitFor(30, TimeUnit.SECONDS, () -> warnings().size() == 2);

        assertThat(stage.isShowing()).isTrue();
        List<String> texts = warnings();
        assertThat(texts).anySatisfy(text -> assertThat(text).contains("The list of running tasks could not be read",
                configDir.resolve(TaskHistoryStore.FILE_NAME) + ".corrupt-"));
        assertThat(texts).anySatisfy(text -> assertThat(text).contains("could not be read and was moved to",
                configDir.resolve(SettingsStore.FILE_NAME) + ".corrupt-"));
    }

    private static List<String> warnings() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(window -> window.getScene() != null && window.getScene().getRoot() instanceof DialogPane)
                .map(window -> ((DialogPane) window.getScene().getRoot()).getContentText())
                .filter(text -> text != null && text.contains("could not be read"))
                .toList()).get();
    }
}
