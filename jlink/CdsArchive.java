import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The start-up archive of a jlink image (a single-file program: {@code java jlink/CdsArchive.java}).
 * A training run of the image with {@code -XX:DumpLoadedClassList} that exits once its first window
 * is shown, then {@code -Xshare:dump} with that class list into the image's default archive
 * ({@code lib/server/classes.jsa}, no runtime flag needed; the JVM ignores a stale one).
 *
 * <p>Arguments: IMAGE MODULE/MAIN WORKDIR [VM options...] [-- app arguments...]. The training run
 * needs a display: on Linux without {@code DISPLAY} it runs under {@code xvfb-run}; with neither,
 * the archive holds the JDK's default class list only (a warning, not a failure).
 */
public final class CdsArchive {

    private static final long TRAINING_SECONDS = 180;

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java CdsArchive.java IMAGE MODULE/MAIN WORKDIR [VM options] [-- app args]");
            System.exit(2);
        }
        Path image = Path.of(args[0]);
        String moduleMain = args[1];
        Path work = Path.of(args[2]);
        List<String> vmOptions = new ArrayList<>();
        List<String> appArgs = new ArrayList<>();
        List<String> target = vmOptions;
        for (int i = 3; i < args.length; i++) {
            if (args[i].equals("--")) {
                target = appArgs;
            } else if (!args[i].isBlank()) {
                target.add(args[i]);
            }
        }
        Files.createDirectories(work);
        Path java = image.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
        Path classList = work.resolve("training.classlist");
        Files.deleteIfExists(classList);

        List<String> display = displayWrapper();
        if (display == null) {
            System.out.println("CDS: no display and no xvfb-run: archive of the JDK's default classes only");
            run(List.of(java.toString(), "-Xshare:dump"), work.resolve("cds-dump.log"), 300);
            return;
        }
        Path config = Files.createTempDirectory("ovconsole-cds-training-");
        try {
            List<String> training = new ArrayList<>(display);
            training.add(java.toString());
            training.add("-Xshare:off");
            training.add("-XX:DumpLoadedClassList=" + classList);
            training.addAll(vmOptions);
            training.add("-m");
            training.add(moduleMain);
            training.addAll(appArgs.stream().map(a -> a.replace("@CONFIG@", config.toString())).toList());
            int code = run(training, work.resolve("cds-training.log"), TRAINING_SECONDS);
            if (code != 0 || !Files.exists(classList)) {
                throw new IllegalStateException("CDS training run failed (exit " + code + "), see "
                        + work.resolve("cds-training.log"));
            }
        } finally {
            deleteTree(config);
        }
        List<String> dump = new ArrayList<>();
        dump.add(java.toString());
        dump.add("-Xshare:dump");
        dump.add("-XX:SharedClassListFile=" + classList);
        dump.addAll(vmOptions);
        dump.add("-m");
        dump.add(moduleMain);
        int code = run(dump, work.resolve("cds-dump.log"), 300);
        if (code != 0) {
            throw new IllegalStateException("CDS dump failed (exit " + code + "), see " + work.resolve("cds-dump.log"));
        }
        long classes;
        try (Stream<String> lines = Files.lines(classList)) {
            classes = lines.filter(l -> !l.startsWith("#") && !l.startsWith("@")).count();
        }
        System.out.println("CDS: " + classes + " classes from the training run archived in " + image);
    }

    /** The command prefix that gives the training run a display, or null when there is none. */
    private static List<String> displayWrapper() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String display = System.getenv("DISPLAY");
        if (!os.startsWith("linux") || (display != null && !display.isBlank())) {
            return List.of();
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "xvfb-run"))) {
                return List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24 -nolisten tcp");
            }
        }
        return null;
    }

    private static int run(List<String> command, Path log, long seconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("no end after " + seconds + " s: " + String.join(" ", command));
        }
        return process.exitValue();
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
