package com.ovconsole.app.tour;

import com.ovconsole.api.Downloader;
import com.ovconsole.api.PollPolicy;
import com.ovconsole.app.demo.DemoAppliance;
import com.ovconsole.app.mode.RunMode;
import com.ovconsole.ui.DialogService;
import com.ovconsole.ui.connections.EndpointResolver;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * {@code --screenshots DIR}: a scripted walk through every view and dialog of the console, each
 * saved at 1280x800 in the light and the dark theme as {@code DIR/NN-what-it-shows-light.png}
 * (and {@code -dark.png}), with {@code DIR/index.html} as contact sheet.
 *
 * <p>The tour decides everything the pictures show and keeps it the same on every run: a clock
 * that stands still unless the tour moves it (simulators and console share it), fixed seeds, the
 * demo certificate, appliances shown by name (their loopback ports never reach the screen), no
 * caret and no animation in flight. {@code --compare-with OTHER} compares each picture with the
 * one of the same name in OTHER and fails when a pixel differs. Every screen is also checked for
 * cut text ({@link Truncation}): the tour lists what it found, the truncation test fails on it.
 */
public final class ScreenshotTour implements RunMode {

    public static final int WIDTH = 1280;
    public static final int HEIGHT = 800;

    private final Path folder;
    private final Path compareWith;
    private final int width;
    private final int height;
    private final PrintStream out;
    private final TourClock clock = new TourClock();
    private final TourAppliances appliances = new TourAppliances(clock);
    private final TourDownloads downloads = new TourDownloads(clock);
    private final List<String> findings = new ArrayList<>();

    /**
     * @param folder      where the PNGs go; null: no files, only the checks (the truncation test)
     * @param compareWith earlier pictures to compare with, or null
     */
    public ScreenshotTour(Path folder, Path compareWith, int width, int height, PrintStream out) {
        this.folder = folder;
        this.compareWith = compareWith;
        this.width = width;
        this.height = height;
        this.out = out;
    }

    /**
     * Before launch: a throw-away config folder, UTC and US English, so dates and numbers read the
     * same on every machine. The config folder is a new empty one even when one is asked for: the
     * pictures start from nothing.
     */
    @Override
    public Path configFolder(Optional<Path> asked) throws IOException {
        return Files.createTempDirectory("ovconsole-tour-");
    }

    @Override
    public void prepare() {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Locale.setDefault(Locale.US);
    }

    /** Every date and duration the console shows comes from this clock. */
    @Override
    public Clock clock() {
        return clock;
    }

    /** The built-in demo as the tour sets it up (banner, task outcomes, its clock). */
    @Override
    public DemoAppliance demo(Supplier<DemoAppliance> standard) {
        return appliances.demo();
    }

    /** Resolves the tour's made-up appliance names to its simulators on loopback. */
    @Override
    public EndpointResolver resolver(EndpointResolver demoResolver) {
        return appliances.resolver(demoResolver);
    }

    /** Polls every few hundred milliseconds: the tour's time moves in steps, not by waiting. */
    @Override
    public PollPolicy pollPolicy() {
        return new PollPolicy(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400),
                Duration.ofSeconds(90));
    }

    /** Downloads that the tour can hold half-way, so "downloading" is a still picture. */
    @Override
    public Downloader downloader() {
        return new Downloader(downloads.channels());
    }

    /** The download speed and ETA read this instead of the system's nanoTime. */
    @Override
    public LongSupplier nanoTime() {
        return downloads::nanoTime;
    }

    /** The file chooser of the backup download answers with a temporary folder. */
    @Override
    public UnaryOperator<DialogService> dialogs() {
        return dialogs -> new com.ovconsole.app.demo.PresetSaveFolder(dialogs, downloads.folder());
    }

    /** What the truncation check found so far (one line per cut text). */
    public List<String> findings() {
        synchronized (findings) {
            return List.copyOf(findings);
        }
    }

    /** Runs the walk on its own thread; {@code exit} gets 0 when every step and check passed. */
    @Override
    public void afterShown(Console console, IntConsumer exit) {
        Thread walk = new Thread(() -> exit.accept(run(console)), "screenshot-tour");
        walk.setDaemon(true);
        walk.start();
    }

    private int run(Console console) {
        // A step waits for what the screen must show; the bound only ends a tour that is stuck, and a
        // busy two-core machine (the tour runs inside the test suite too) took more than 30 s for one.
        FxSteps steps = new FxSteps(90_000);
        Shots shots = new Shots(steps, console, folder, compareWith, findings, out);
        try {
            if (folder != null) {
                Files.createDirectories(folder);
            }
            steps.onFx(() -> {
                console.stage().setWidth(width);
                console.stage().setHeight(height);
                return null;
            });
            TourContext tour = new TourContext(steps, shots, console, clock, appliances, downloads);
            new ConnectionScreens(tour).run();
            new ProfileScreens(tour).run();
            new TaskScreens(tour).run();
            new HardwareScreens(tour).run();
            new AlertScreens(tour).run();
            new SearchScreens(tour).run();
            new CertificateScreens(tour).run();
            shots.finish();
            int differing = shots.differing();
            if (differing > 0) {
                out.println("Screenshot tour FAILED: " + differing + " pictures differ from " + compareWith);
                return 1;
            }
            if (!findings().isEmpty()) {
                // The pictures are still worth having; TourTruncationTest is what fails on these.
                out.println("Cut text on screen (" + findings().size() + "):");
                findings().forEach(line -> out.println("  " + line));
            }
            out.println("Screenshot tour OK: " + shots.count() + " pictures"
                    + (folder == null ? "" : " in " + folder)
                    + (compareWith == null ? "" : ", pixel-identical to " + compareWith));
            return 0;
        } catch (Exception | AssertionError e) {
            out.println("Screenshot tour FAILED: " + e.getMessage());
            System.getLogger(ScreenshotTour.class.getName()).log(System.Logger.Level.ERROR, "Tour failed", e);
            shots.captureFailure();
            return 1;
        } finally {
            appliances.close();
            downloads.releaseAll();
        }
    }
}
