package com.ovconsole.app;

import java.util.Objects;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: a thin shell around the {@link Composition} that {@link Main} built from
 * the command line. It reads the settings while the toolkit starts, lets the composition build and
 * show the window on the stage, and stops it at exit.
 */
public final class ConsoleApp extends Application {

    /**
     * JavaFX makes the Application itself, by its no-argument constructor on the launcher thread, so
     * {@link #launch(Composition, String...)} leaves the composition here just before
     * {@code Application.launch}: the one static hand-off, set once per process.
     */
    private static volatile Composition launching;

    private final Composition composition;

    /** The one JavaFX calls: takes the composition {@link #launch(Composition, String...)} left. */
    public ConsoleApp() {
        this(Objects.requireNonNull(launching, "ConsoleApp is started by ConsoleApp.launch(composition)"));
    }

    /** The app around {@code composition} (tests start it on their own stage). */
    public ConsoleApp(Composition composition) {
        this.composition = Objects.requireNonNull(composition, "composition");
    }

    /** Starts the toolkit with {@code composition}; returns when the app has exited. */
    static void launch(Composition composition, String... args) {
        launching = composition;
        Application.launch(ConsoleApp.class, args);
    }

    /** Reads the settings on the launcher thread, before the window exists. */
    @Override
    public void init() {
        composition.readSettings();
    }

    @Override
    public void start(Stage stage) {
        composition.show(stage);
    }

    /** Exit: see {@link Composition#stop()}. */
    @Override
    public void stop() {
        composition.stop();
    }
}
