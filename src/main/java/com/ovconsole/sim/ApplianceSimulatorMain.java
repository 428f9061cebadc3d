package com.ovconsole.sim;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The simulator on its own: {@code mvn -q compile exec:java@appliance -Dexec.args="--port 8443"}.
 * Parses the flags, starts it, prints where it listens and runs until Ctrl+C.
 */
public final class ApplianceSimulatorMain {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: ApplianceSimulatorMain [options]",
            "  --port N                  port on 127.0.0.1 (default 8443; 0 = any free port)",
            "  --api-version N           current API version (default 3800)",
            "  --min-api-version N       minimum API version (default 120)",
            "  --profiles N              seeded server profiles, 0..10000 (default 40)",
            "  --servers N               seeded server hardware, 0..20000, at least --profiles",
            "                            (default 0: one per profile plus an eighth spare)",
            "  --seed N                  seed for inventory, tasks and faults (default 42)",
            "  --task-seconds N          how long a task runs (default 6)",
            "  --faults none|demo        none (default): a healthy appliance, every task completes;",
            "                            demo: 10% Warning, 5% Error tasks, 2% of requests 500/dropped,",
            "                            40 ms latency, fixed by --seed (the flags below override it)",
            "  --task-warning-rate R     share of profile tasks ending in Warning (default 0)",
            "  --task-error-rate R       share of profile tasks ending in Error (default 0)",
            "  --backup-bytes N          size of a backup archive (default 8388608)",
            "  --latency-ms N            delay before every answer (default 0)",
            "  --fault-rate R            share of requests answered 500 or dropped (default 0)",
            "  --session-idle-seconds N  idle time before a session expires (default 86400)",
            "  --startup-seconds N       answer 503 while 'starting' for N seconds (default 0)",
            "  --user NAME               administrator user (default Administrator)",
            "  --password PASSWORD       administrator password (default admin)",
            "  --login-banner TEXT       login message that must be acknowledged",
            "  --keystore FILE           serve this PKCS12 key store instead of the demo certificate",
            "  --keystore-password PASS  its password",
            "  --download-redirect       backup downloads answer 302 first",
            "  --download-chunked        backup downloads without Content-Length",
            "  --drop-download-after N   close backup downloads after N bytes",
            "  --hostile-file-name NAME  announce this file name for backup downloads",
            "  --power-off-for-settings  profile updates changing BIOS, boot or firmware need the server",
            "                            powered off (409 SERVER_HARDWARE_POWERED_ON otherwise)",
            "  --without NAME[,NAME]     endpoints this appliance lacks (404), like an older or smaller",
            "                            one: e.g. server-hardware-types,available-targets",
            "  --help                    this text");

    private ApplianceSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorConfig config;
        try {
            config = parse(args);
        } catch (HelpRequested e) {
            System.out.println(USAGE);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("Error: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        try {
            run(config, System.out);
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            System.err.println("Error: " + e.getMessage()
                    + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")"));
            System.exit(1);
        }
    }

    private static void run(SimulatorConfig config, PrintStream out) throws InterruptedException {
        ApplianceSimulator simulator = ApplianceSimulator.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "appliance-simulator-shutdown"));
        out.println("Certificate SHA-256: " + simulator.certificateSha256());
        out.println("Appliance simulator listening on " + simulator.baseUri());
        out.flush();
        stopped.await();
    }

    /** Signals {@code --help}. */
    static final class HelpRequested extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HelpRequested() {
            super("help", null, false, false);
        }
    }

    /**
     * The config for these flags; IllegalArgumentException with a clear message on a bad one. No
     * faults unless asked: {@code --faults demo} applies {@link FaultMix#DEMO} first, wherever it
     * stands, so explicit rate flags refine it.
     */
    static SimulatorConfig parse(String[] args) {
        SimulatorConfig.Builder b = SimulatorConfig.builder().port(8443).faults(faultMix(args));
        String keystore = null;
        String keystorePassword = null;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--help", "-h" -> throw new HelpRequested();
                case "--download-redirect" -> b.downloadRedirect(true);
                case "--download-chunked" -> b.downloadChunked(true);
                case "--power-off-for-settings" -> b.powerOffForSettings(true);
                default -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(flag.startsWith("--")
                                ? "missing value for " + flag : "unknown argument " + flag);
                    }
                    String value = args[++i];
                    switch (flag) {
                        case "--port" -> b.port(integer(flag, value));
                        case "--api-version" -> b.apiVersion(integer(flag, value));
                        case "--min-api-version" -> b.minApiVersion(integer(flag, value));
                        case "--profiles" -> b.profiles(integer(flag, value));
                        case "--servers" -> b.servers(integer(flag, value));
                        case "--seed" -> b.seed(longValue(flag, value));
                        case "--task-seconds" -> b.taskSeconds(integer(flag, value));
                        case "--task-warning-rate" -> b.taskWarningRate(decimal(flag, value));
                        case "--task-error-rate" -> b.taskErrorRate(decimal(flag, value));
                        case "--backup-bytes" -> b.backupBytes(longValue(flag, value));
                        case "--latency-ms" -> b.latencyMs(integer(flag, value));
                        case "--fault-rate" -> b.faultRate(decimal(flag, value));
                        case "--session-idle-seconds" -> b.sessionIdleSeconds(longValue(flag, value));
                        case "--startup-seconds" -> b.startupSeconds(integer(flag, value));
                        case "--user" -> b.user(value);
                        case "--password" -> b.password(value);
                        case "--login-banner" -> b.loginBanner(value);
                        case "--keystore" -> keystore = value;
                        case "--keystore-password" -> keystorePassword = value;
                        case "--drop-download-after" -> b.dropDownloadAfterBytes(longValue(flag, value));
                        case "--hostile-file-name" -> b.hostileFileName(value);
                        case "--without" -> b.withoutEndpoints(value.trim().split("\\s*,\\s*"));
                        case "--faults" -> FaultMix.named(value); // applied above
                        default -> throw new IllegalArgumentException("unknown option " + flag);
                    }
                }
            }
        }
        if ((keystore == null) != (keystorePassword == null)) {
            throw new IllegalArgumentException("--keystore and --keystore-password go together");
        }
        if (keystore != null) {
            b.keystore(Path.of(keystore), keystorePassword.toCharArray());
        }
        return b.build();
    }

    /** The value of the last {@code --faults}, or NONE. */
    private static FaultMix faultMix(String[] args) {
        FaultMix mix = FaultMix.NONE;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--faults")) {
                try {
                    mix = FaultMix.named(args[i + 1]);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--faults: " + e.getMessage(), e);
                }
            }
        }
        return mix;
    }

    private static int integer(String flag, String value) {
        return number(flag, value, Integer::valueOf, "a whole number");
    }

    private static long longValue(String flag, String value) {
        return number(flag, value, Long::valueOf, "a whole number");
    }

    private static double decimal(String flag, String value) {
        return number(flag, value, Double::valueOf, "a number such as 0.1");
    }

    private static <T> T number(String flag, String value, java.util.function.Function<String, T> parser, String what) {
        try {
            return parser.apply(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs " + what + ", not '" + value + "'");
        }
    }
}
