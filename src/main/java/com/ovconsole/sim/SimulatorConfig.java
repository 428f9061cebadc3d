package com.ovconsole.sim;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every setting of a simulated appliance, immutable. Build with {@link #builder()}; the defaults
 * are a quiet, fault-free appliance ({@link FaultMix#NONE}); {@code faults(FaultMix.DEMO)} turns on
 * the documented demo mix.
 */
public final class SimulatorConfig {

    /** Largest inventory the generator makes. */
    public static final int MAX_PROFILES = 10_000;
    /** Largest number of server hardware the generator makes. */
    public static final int MAX_SERVERS = 20_000;

    private final int port;
    private final int apiVersion;
    private final int minApiVersion;
    private final int profiles;
    private final int servers;
    private final long seed;
    private final int taskSeconds;
    private final long backupBytes;
    private final int latencyMs;
    private final double faultRate;
    private final double taskWarningRate;
    private final double taskErrorRate;
    private final long sessionIdleSeconds;
    private final int startupSeconds;
    private final String user;
    private final String password;
    private final String loginBanner;
    private final List<String> loginDomains;
    private final Path keystore;
    private final char[] keystorePassword;
    private final Clock clock;
    private final boolean downloadRedirect;
    private final boolean downloadChunked;
    private final long dropDownloadAfterBytes;
    private final String hostileFileName;
    private final boolean powerOffForSettings;
    private final Set<String> withoutEndpoints;

    private SimulatorConfig(Builder b) {
        this.port = b.port;
        this.apiVersion = b.apiVersion;
        this.minApiVersion = b.minApiVersion;
        this.profiles = b.profiles;
        this.servers = b.servers;
        this.seed = b.seed;
        this.taskSeconds = b.taskSeconds;
        this.backupBytes = b.backupBytes;
        this.latencyMs = b.latencyMs;
        this.faultRate = b.faultRate;
        this.taskWarningRate = b.taskWarningRate;
        this.taskErrorRate = b.taskErrorRate;
        this.sessionIdleSeconds = b.sessionIdleSeconds;
        this.startupSeconds = b.startupSeconds;
        this.user = b.user;
        this.password = b.password;
        this.loginBanner = b.loginBanner;
        this.loginDomains = b.loginDomains;
        this.keystore = b.keystore;
        this.keystorePassword = b.keystorePassword == null ? null : b.keystorePassword.clone();
        this.clock = b.clock;
        this.downloadRedirect = b.downloadRedirect;
        this.downloadChunked = b.downloadChunked;
        this.dropDownloadAfterBytes = b.dropDownloadAfterBytes;
        this.hostileFileName = b.hostileFileName;
        this.powerOffForSettings = b.powerOffForSettings;
        this.withoutEndpoints = b.withoutEndpoints;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int port() { return port; }
    public int apiVersion() { return apiVersion; }
    public int minApiVersion() { return minApiVersion; }
    public int profiles() { return profiles; }
    /** Server hardware to seed; 0 = derived from the profiles (one each plus an eighth spare, at least 4). */
    public int servers() { return servers; }
    /** The number of servers the appliance holds: {@link #servers()} or the derived count. */
    public int serverCount() { return servers > 0 ? servers : profiles + Math.max(4, profiles / 8); }
    public long seed() { return seed; }
    public int taskSeconds() { return taskSeconds; }
    public long backupBytes() { return backupBytes; }
    public int latencyMs() { return latencyMs; }
    public double faultRate() { return faultRate; }
    public double taskWarningRate() { return taskWarningRate; }
    public double taskErrorRate() { return taskErrorRate; }
    public long sessionIdleSeconds() { return sessionIdleSeconds; }
    public int startupSeconds() { return startupSeconds; }
    public String user() { return user; }
    public String password() { return password; }
    /** The login banner, or null when none is configured. */
    public String loginBanner() { return loginBanner; }
    /** Directory login domains offered beside LOCAL (their users log in with the administrator's password). */
    public List<String> loginDomains() { return loginDomains; }
    /** Another PKCS12 key store to serve, or null for the built-in demo certificate. */
    public Path keystore() { return keystore; }
    public char[] keystorePassword() { return keystorePassword == null ? null : keystorePassword.clone(); }
    public Clock clock() { return clock; }
    public boolean downloadRedirect() { return downloadRedirect; }
    public boolean downloadChunked() { return downloadChunked; }
    /** Close the connection after this many body bytes of a download; negative = never. */
    public long dropDownloadAfterBytes() { return dropDownloadAfterBytes; }
    /** A file name to announce in Content-Disposition instead of {@code <id>.bkp}, or null. */
    public String hostileFileName() { return hostileFileName; }
    /** Profile updates that change BIOS, boot, boot mode or firmware need their server Off (409 otherwise). */
    public boolean powerOffForSettings() { return powerOffForSettings; }
    /** Endpoints this appliance lacks (answered 404), by name: {@code server-hardware-types}, {@code available-targets}. */
    public Set<String> withoutEndpoints() { return withoutEndpoints; }

    /**
     * True when {@code path} belongs to an endpoint removed with {@link Builder#withoutEndpoints}:
     * {@code /rest/<name>}, anything under it, or a nested endpoint ending in {@code /<name>}.
     */
    public boolean lacks(String path) {
        for (String name : withoutEndpoints) {
            String rest = "/rest/" + name;
            if (path.equals(rest) || path.startsWith(rest + "/") || path.endsWith("/" + name)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern ENDPOINT_NAME = Pattern.compile("[a-z0-9][a-z0-9/-]*[a-z0-9]");

    /** Builder with the defaults listed in docs/simulator.md. */
    public static final class Builder {
        private int port;
        private int apiVersion = 3800;
        private int minApiVersion = 120;
        private int profiles = 40;
        private int servers;
        private long seed = 42;
        private int taskSeconds = 6;
        private long backupBytes = 8L * 1024 * 1024;
        private int latencyMs;
        private double faultRate;
        private double taskWarningRate;
        private double taskErrorRate;
        private long sessionIdleSeconds = 24 * 3600;
        private int startupSeconds;
        private String user = "Administrator";
        private String password = "admin";
        private String loginBanner;
        private List<String> loginDomains = List.of();
        private Path keystore;
        private char[] keystorePassword;
        private Clock clock = Clock.systemUTC();
        private boolean downloadRedirect;
        private boolean downloadChunked;
        private long dropDownloadAfterBytes = -1;
        private String hostileFileName;
        private boolean powerOffForSettings;
        private Set<String> withoutEndpoints = Set.of();

        private Builder() {
        }

        /** 0 picks a free port. */
        public Builder port(int port) { this.port = requireRange("port", port, 0, 65535); return this; }
        public Builder apiVersion(int v) { this.apiVersion = requireRange("apiVersion", v, 1, 100_000); return this; }
        public Builder minApiVersion(int v) { this.minApiVersion = requireRange("minApiVersion", v, 1, 100_000); return this; }
        public Builder profiles(int n) { this.profiles = requireRange("profiles", n, 0, MAX_PROFILES); return this; }
        /** 0 = derived from the profiles; otherwise at least as many as there are profiles. */
        public Builder servers(int n) { this.servers = requireRange("servers", n, 0, MAX_SERVERS); return this; }
        public Builder seed(long seed) { this.seed = seed; return this; }
        public Builder taskSeconds(int s) { this.taskSeconds = requireRange("taskSeconds", s, 0, 86_400); return this; }
        public Builder backupBytes(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("backupBytes must not be negative: " + bytes);
            }
            this.backupBytes = bytes;
            return this;
        }
        public Builder latencyMs(int ms) { this.latencyMs = requireRange("latencyMs", ms, 0, 600_000); return this; }
        public Builder faultRate(double rate) { this.faultRate = requireRate("faultRate", rate); return this; }
        public Builder taskWarningRate(double rate) { this.taskWarningRate = requireRate("taskWarningRate", rate); return this; }
        public Builder taskErrorRate(double rate) { this.taskErrorRate = requireRate("taskErrorRate", rate); return this; }
        /** Sets latency, fault, Warning and Error rates to the mix; later calls can still change one of them. */
        public Builder faults(FaultMix mix) {
            Objects.requireNonNull(mix, "mix");
            this.latencyMs = mix.latencyMs();
            this.faultRate = mix.faultRate();
            this.taskWarningRate = mix.taskWarningRate();
            this.taskErrorRate = mix.taskErrorRate();
            return this;
        }
        public Builder sessionIdleSeconds(long s) {
            if (s < 1) {
                throw new IllegalArgumentException("sessionIdleSeconds must be at least 1: " + s);
            }
            this.sessionIdleSeconds = s;
            return this;
        }
        public Builder startupSeconds(int s) { this.startupSeconds = requireRange("startupSeconds", s, 0, 3600); return this; }
        public Builder user(String user) { this.user = requireText("user", user); return this; }
        public Builder password(String password) { this.password = requireText("password", password); return this; }
        /** null or blank: no banner. */
        public Builder loginBanner(String banner) { this.loginBanner = banner == null || banner.isBlank() ? null : banner; return this; }
        public Builder loginDomains(List<String> domains) { this.loginDomains = List.copyOf(domains); return this; }
        public Builder keystore(Path keystore, char[] password) {
            this.keystore = Objects.requireNonNull(keystore, "keystore");
            this.keystorePassword = Objects.requireNonNull(password, "keystore password").clone();
            return this;
        }
        public Builder clock(Clock clock) { this.clock = Objects.requireNonNull(clock, "clock"); return this; }
        public Builder downloadRedirect(boolean on) { this.downloadRedirect = on; return this; }
        public Builder downloadChunked(boolean on) { this.downloadChunked = on; return this; }
        /** Negative: never drop. */
        public Builder dropDownloadAfterBytes(long bytes) { this.dropDownloadAfterBytes = bytes; return this; }
        public Builder hostileFileName(String name) { this.hostileFileName = name; return this; }
        public Builder powerOffForSettings(boolean on) { this.powerOffForSettings = on; return this; }
        /**
         * An older or smaller appliance: these endpoints answer 404 RESOURCE_NOT_FOUND, e.g.
         * {@code withoutEndpoints("server-hardware-types", "available-targets")}. Names are path
         * segments (lower-case letters, digits, '-', '/'); {@code version} and {@code login-sessions} stay.
         */
        public Builder withoutEndpoints(String... names) {
            for (String name : names) {
                if (name == null || !ENDPOINT_NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("not an endpoint name: '" + name + "' (e.g. server-hardware-types)");
                }
                if (name.equals("version") || name.startsWith("login")) {
                    throw new IllegalArgumentException("the simulator cannot work without " + name);
                }
            }
            this.withoutEndpoints = Set.copyOf(java.util.Arrays.asList(names));
            return this;
        }

        public SimulatorConfig build() {
            if (minApiVersion > apiVersion) {
                throw new IllegalArgumentException(
                        "minApiVersion " + minApiVersion + " is above apiVersion " + apiVersion);
            }
            if (servers > 0 && servers < profiles) {
                throw new IllegalArgumentException("servers (" + servers + ") must be at least the number of profiles ("
                        + profiles + "): every assigned profile needs a server");
            }
            if (taskWarningRate + taskErrorRate > 1.0) {
                throw new IllegalArgumentException("taskWarningRate + taskErrorRate must not exceed 1");
            }
            return new SimulatorConfig(this);
        }

        private static int requireRange(String name, int value, int min, int max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "]: " + value);
            }
            return value;
        }

        private static double requireRate(String name, double rate) {
            if (!(rate >= 0.0 && rate <= 1.0)) {
                throw new IllegalArgumentException(name + " must be in [0, 1]: " + rate);
            }
            return rate;
        }

        private static String requireText(String name, String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }
    }
}
