package com.ovconsole.app;

import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.FxDialogService;
import com.ovconsole.ui.FxTextClipboard;
import com.ovconsole.ui.FxThemes;
import com.ovconsole.ui.FxUiDispatcher;
import com.ovconsole.ui.LoadedView;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.ViewLoader;
import com.ovconsole.ui.shell.MainWindowView;
import com.ovconsole.ui.shell.MainWindowViewModel;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application and composition root: builds the object graph by hand and shows the main window. */
public final class ConsoleApp extends Application {

    private final ExecutorService background = Executors.newCachedThreadPool(daemonThreads());
    private final Map<Class<?>, Supplier<Object>> controllers = new HashMap<>();

    @Override
    public void start(Stage stage) {
        Messages messages = Messages.load();
        ViewLoader loader = new ViewLoader(messages, this::createController);
        FxDialogService dialogs = new FxDialogService(() -> stage, loader, messages, new FxTextClipboard());
        // Features take this runner; it is unused until the first one arrives.
        BackgroundRunner runner = new BackgroundRunner(background, new FxUiDispatcher());
        MainWindowViewModel mainWindow = new MainWindowViewModel(messages, dialogs, Platform::exit);
        controllers.put(MainWindowView.class, () -> new MainWindowView(mainWindow));

        FxThemes.apply(mainWindow.getTheme());
        mainWindow.themeProperty().addListener((property, old, theme) -> FxThemes.apply(theme));

        LoadedView<MainWindowView> view = loader.load(MainWindowView.class);
        Scene scene = new Scene(view.root());
        scene.getStylesheets().add(FxThemes.APP_STYLESHEET);
        stage.setScene(scene);
        view.controller().attach(stage);
        stage.show();
    }

    @Override
    public void stop() {
        background.shutdownNow();
    }

    private Object createController(Class<?> type) {
        Supplier<Object> factory = controllers.get(type);
        if (factory == null) {
            throw new IllegalStateException("No controller registered in ConsoleApp for " + type.getName());
        }
        return factory.get();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, "ov-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
