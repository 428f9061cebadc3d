import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts each variant in turn, round after round (interleaved, so machine load hits all alike),
 * and prints the medians of "process start to first frame shown" and "JVM start to first frame
 * shown" (the line the apps print in --exit-when-shown mode), the ratios and the sizes.
 * Run by startup-bench.sh under one Xvfb: java StartupBench.java RUNS DEB (LABEL IMAGE COMMAND)...
 * The first variant is measured against the second (goal) and the third (first milestone).
 */
public final class StartupBench {

    private record Variant(String label, Path image, List<String> command, List<Long> spawn, List<Long> jvm, List<Long> cpu) {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        Path deb = Path.of(args[1]);
        List<Variant> variants = new ArrayList<>();
        for (int i = 2; i + 2 < args.length; i += 3) {
            variants.add(new Variant(args[i], Path.of(args[i + 1]), List.of(args[i + 2].split(" ")),
                    new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        }
        for (Variant v : variants) {
            measure(v); // warm-up: file cache, fonts; not counted
        }
        for (int round = 0; round < runs; round++) {
            for (int k = 0; k < variants.size(); k++) {
                Variant v = variants.get((round + k) % variants.size());
                long[] ms = measure(v);
                v.spawn().add(ms[0]);
                v.jvm().add(ms[1]);
                v.cpu().add(ms[2]);
            }
        }
        System.out.printf(Locale.ROOT, "%nStart-up to the first shown frame, median of %d interleaved runs each (Xvfb):%n", runs);
        System.out.printf(Locale.ROOT, "%-32s %14s %12s %12s %10s%n", "variant", "process->shown", "JVM->shown",
                "CPU->shown", "image");
        for (Variant v : variants) {
            System.out.printf(Locale.ROOT, "%-32s %11d ms %9d ms %9d ms %6.1f MiB%n", v.label(), median(v.spawn()),
                    median(v.jvm()), median(v.cpu()), size(v.image()) / 1048576.0);
        }
        System.out.println("(CPU->shown: user+system CPU of the JVM process until the line, all threads; load-independent)");
        if (variants.size() >= 3) {
            Variant app = variants.get(0);
            System.out.printf(Locale.ROOT, "ratio %s / %s: %.2f (JVM->shown %.2f, CPU %.2f; goal <= 1.1)%n", app.label(),
                    variants.get(1).label(), ratio(app.spawn(), variants.get(1).spawn()), ratio(app.jvm(), variants.get(1).jvm()),
                    ratio(app.cpu(), variants.get(1).cpu()));
            System.out.printf(Locale.ROOT, "ratio %s / %s: %.2f (JVM->shown %.2f, CPU %.2f; first milestone <= 0.8)%n",
                    app.label(), variants.get(2).label(), ratio(app.spawn(), variants.get(2).spawn()),
                    ratio(app.jvm(), variants.get(2).jvm()), ratio(app.cpu(), variants.get(2).cpu()));
        }
        for (Variant v : variants) {
            System.out.println(v.label() + " runs (process->shown ms): " + v.spawn() + ", CPU ms: " + v.cpu());
        }
        if (Files.isRegularFile(deb)) {
            System.out.printf(Locale.ROOT, ".deb: %s %.1f MiB (%d bytes)%n", deb.getFileName(), Files.size(deb) / 1048576.0, Files.size(deb));
        }
        System.out.println("Load average during the run: " + Files.readString(Path.of("/proc/loadavg")).trim());
    }

    /** One start: ms from spawning the process to its "Window shown after N ms" line, and N. */
    private static long[] measure(Variant v) throws IOException, InterruptedException {
        Path config = Files.createTempDirectory("startup-bench-");
        List<String> command = v.command().stream().map(a -> a.replace("@CONFIG@", config.toString())).toList();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long spawnMs = -1;
        long jvmMs = -1;
        long cpuMs = -1;
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("Window shown after ") && spawnMs < 0) {
                    spawnMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    jvmMs = Long.parseLong(line.replaceAll("\\D", ""));
                    cpuMs = cpuMillis(process.toHandle());
                } else {
                    output.append(line).append('\n');
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        deleteTree(config);
        if (spawnMs < 0) {
            throw new IllegalStateException(v.label() + " printed no 'Window shown' line: " + command + "\n" + output);
        }
        return new long[] {spawnMs, jvmMs, cpuMs};
    }

    /** User + system CPU of the JVM: the process itself or, behind a launcher script, its child. */
    private static long cpuMillis(ProcessHandle process) throws IOException {
        long ticks = 0;
        for (ProcessHandle p : Stream.concat(Stream.of(process), process.descendants()).toList()) {
            Path stat = Path.of("/proc", Long.toString(p.pid()), "stat");
            if (Files.exists(stat)) {
                String[] fields = Files.readString(stat).replaceFirst("^.*\\) ", "").split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14, 15)
            }
        }
        return ticks * 10; // USER_HZ is 100 on Linux
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double ratio(List<Long> a, List<Long> b) {
        return (double) median(a) / median(b);
    }

    private static long size(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
