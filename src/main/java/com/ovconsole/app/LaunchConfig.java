package com.ovconsole.app;

import com.ovconsole.sim.FaultMix;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the command line decides, read once in {@link Main} before launch; nothing else reads
 * the arguments or a system property for these. Options: {@code --config-dir DIR} (the jlink
 * launcher script overwrites {@code JLINK_VM_OPTIONS}, so a {@code -D} option cannot reach the image;
 * other JVM options go in {@code JDK_JAVA_OPTIONS}), {@code --demo-task-seconds N},
 * {@code --demo-faults none|demo}, {@code --exit-when-shown}, and one mode: {@code --smoke} or
 * {@code --screenshots DIR [--compare-with DIR]}. Each option also takes the {@code --name=value} form.
 *
 * @param configDir       the config folder asked for, or empty: the mode's (per-OS default, or a throw-away one)
 * @param demoTaskSeconds how long the built-in demo's tasks run
 * @param demoFaults      the fault mix of the built-in demo
 * @param exitWhenShown   print the start-up time once the window is shown, then exit (benchmark, CDS training)
 */
public record LaunchConfig(Optional<Path> configDir, int demoTaskSeconds, FaultMix demoFaults, Mode mode,
        boolean exitWhenShown) {

    public static final int DEFAULT_TASK_SECONDS = 8;

    /** What the run is for. */
    public sealed interface Mode {
    }

    /** A user's session. */
    public record Normal() implements Mode {
    }

    /** {@code --smoke}: the CI check of the packaged app. */
    public record Smoke() implements Mode {
    }

    /** {@code --screenshots DIR [--compare-with OTHER]}: the screenshot tour. */
    public record Tour(Path folder, Optional<Path> compareWith) implements Mode {
    }

    public LaunchConfig {
        Objects.requireNonNull(configDir, "configDir");
        Objects.requireNonNull(demoFaults, "demoFaults");
        Objects.requireNonNull(mode, "mode");
        if (demoTaskSeconds < 1) {
            throw new IllegalArgumentException("demo task seconds must be at least 1: " + demoTaskSeconds);
        }
    }

    /** A normal session in {@code configDir} (tests); everything else as without options. */
    public static LaunchConfig normal(Path configDir) {
        return new LaunchConfig(Optional.of(configDir), DEFAULT_TASK_SECONDS, FaultMix.NONE, new Normal(), false);
    }

    public LaunchConfig withDemoTaskSeconds(int seconds) {
        return new LaunchConfig(configDir, seconds, demoFaults, mode, exitWhenShown);
    }

    /**
     * The options in {@code args}. An unknown option, a missing or bad value, or two modes at once
     * is an IllegalArgumentException whose message says which and how it is written.
     */
    public static LaunchConfig parse(List<String> args) {
        Options options = new Options(args);
        Optional<Path> configDir = options.value("--config-dir", "a folder", "DIR").map(Path::of);
        int seconds = options.value("--demo-task-seconds", "a whole number of seconds", "N")
                .map(LaunchConfig::seconds).orElse(DEFAULT_TASK_SECONDS);
        FaultMix faults = options.value("--demo-faults", "none or demo", "none|demo")
                .map(LaunchConfig::faults).orElse(FaultMix.NONE);
        boolean exitWhenShown = options.flag("--exit-when-shown");
        boolean smoke = options.flag("--smoke");
        Optional<Path> tour = options.value("--screenshots", "a folder", "DIR").map(LaunchConfig::absolute);
        Optional<Path> compareWith = options.value("--compare-with", "a folder", "DIR").map(LaunchConfig::absolute);
        options.refuseTheRest();
        if (smoke && tour.isPresent()) {
            throw new IllegalArgumentException("--smoke and --screenshots cannot be used together");
        }
        if (compareWith.isPresent() && tour.isEmpty()) {
            throw new IllegalArgumentException("--compare-with DIR goes with --screenshots DIR");
        }
        Mode mode = smoke ? new Smoke() : tour.<Mode>map(folder -> new Tour(folder, compareWith)).orElse(new Normal());
        return new LaunchConfig(configDir, seconds, faults, mode, exitWhenShown);
    }

    private static int seconds(String text) {
        try {
            int seconds = Integer.parseInt(text.strip());
            if (seconds >= 1) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("--demo-task-seconds needs a whole number of seconds (1 or more), not '"
                + text + "'");
    }

    private static FaultMix faults(String name) {
        try {
            return FaultMix.named(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--demo-faults needs none or demo, not '" + name + "'", e);
        }
    }

    private static Path absolute(String folder) {
        return Path.of(folder).toAbsolutePath();
    }
}
