package com.ovconsole.app.mode;

import com.ovconsole.api.Downloader;
import com.ovconsole.api.PollPolicy;
import com.ovconsole.app.demo.DemoAppliance;
import com.ovconsole.store.ConfigDirectory;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.DialogService;
import com.ovconsole.ui.connections.ApplianceListViewModel;
import com.ovconsole.ui.connections.ConnectionPrompts;
import com.ovconsole.ui.connections.EndpointResolver;
import com.ovconsole.ui.shell.MainWindowViewModel;
import com.ovconsole.ui.tasks.TaskCenter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.stage.Stage;

/**
 * What a kind of run changes in the composed app, the one place the composition asks: a normal
 * session ({@link #NORMAL}) takes every default; the smoke run ({@code app.smoke}) answers the
 * login and checks the demo; the screenshot tour ({@code app.tour}) brings its own clock, demo,
 * pace and downloads so that its pictures never change, and walks the window once it is shown.
 */
public interface RunMode {

    /** A user's session: every default. */
    RunMode NORMAL = new RunMode() {
    };

    /** What a mode drives once the window is shown: the composed window and the objects behind it. */
    record Console(Stage stage, ApplianceListViewModel appliances, TaskCenter tasks, MainWindowViewModel window,
            BackgroundRunner runner) {
    }

    /** Before launch, on the main thread: e.g. a watchdog, or the tour's time zone and locale. */
    default void prepare() {
    }

    /** The config folder for this run: the one asked for ({@code --config-dir}), else the per-OS default. */
    default Path configFolder(Optional<Path> asked) throws IOException {
        return asked.orElseGet(ConfigDirectory::osDefault);
    }

    /** Every date and duration the console shows comes from this clock. */
    default Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** The built-in demo appliance; {@code standard} is the one the command line describes. */
    default DemoAppliance demo(Supplier<DemoAppliance> standard) {
        return standard.get();
    }

    /** Where connections go; {@code demo} resolves the built-in demo and stored appliances. */
    default EndpointResolver resolver(EndpointResolver demo) {
        return demo;
    }

    /** How the user is asked during a connection; {@code interactive} are the dialogs. */
    default ConnectionPrompts prompts(ConnectionPrompts interactive, DemoAppliance demo) {
        return interactive;
    }

    /** Wraps the window's dialog service (e.g. to answer the file chooser). */
    default UnaryOperator<DialogService> dialogs() {
        return UnaryOperator.identity();
    }

    default PollPolicy pollPolicy() {
        return PollPolicy.DEFAULT;
    }

    default Downloader downloader() {
        return new Downloader();
    }

    /** The download speed and ETA read this. */
    default LongSupplier nanoTime() {
        return System::nanoTime;
    }

    /**
     * Called on the FX thread once the window is shown and the appliance list is loading. A mode that
     * ends the run gives {@code exit} its result (0 = passed); {@code exit} stops the app and the process.
     */
    default void afterShown(Console console, IntConsumer exit) {
    }
}
